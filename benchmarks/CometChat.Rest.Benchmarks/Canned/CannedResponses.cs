using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace CometChat.Rest.Benchmarks.Canned;

/// <summary>
/// CometChat's answers, built once as UTF-8 bytes: what a socket would hand the client. Shapes and values follow
/// the spec's examples (uid, name, avatar, link, role, status, metadata, Unix-second timestamps, tags).
/// </summary>
public static class CannedResponses
{
    /// <summary><c>GET /users/{uid}</c>: <c>{"data": {user}}</c>.</summary>
    public static byte[] User { get; } = Build(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        WriteUser(writer, 6);
        writer.WriteEndObject();
    });

    /// <summary><c>GET /users?perPage=100</c>: a full page of 100 users with CometChat's pagination meta.</summary>
    public static byte[] UserPage { get; } = UserList(100, page: 1, total: 1000, perPage: 100);

    /// <summary>A page of <paramref name="count"/> users with pagination meta.</summary>
    public static byte[] UserList(int count, int page, int total, int perPage) => Build(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("data");
        for (var i = 0; i < count; i++)
        {
            WriteUser(writer, ((page - 1) * perPage) + i + 1);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("meta");
        writer.WriteStartObject("pagination");
        writer.WriteNumber("total", total);
        writer.WriteNumber("count", count);
        writer.WriteNumber("per_page", perPage);
        writer.WriteNumber("current_page", page);
        writer.WriteNumber("total_pages", (total + perPage - 1) / perPage);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>
    /// One user as CometChat returns it. Every third user has metadata, every other one tags, every fifth was
    /// blocked by the caller: lists mix sparse and full objects.
    /// </summary>
    public static void WriteUser(Utf8JsonWriter writer, int n)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var created = 1_629_869_270 + (n * 97);
        writer.WriteStartObject();
        writer.WriteString("uid", "cometchat-uid-" + n.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("name", n % 2 == 0 ? "Barry Allen" : "George Alan");
        writer.WriteString("avatar", "https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-" + (n % 5 + 1).ToString(CultureInfo.InvariantCulture) + ".webp");
        writer.WriteString("link", "https://cometchat.com");
        if (n % 3 == 0)
        {
            writer.WriteStartObject("metadata");
            writer.WriteString("email", "user@email.com");
            writer.WriteString("contactNumber", "0123456789");
            writer.WriteEndObject();
        }

        writer.WriteString("status", n % 4 == 0 ? "online" : "offline");
        writer.WriteString("role", n % 7 == 0 ? "manager" : "default");
        if (n % 2 == 0)
        {
            writer.WriteStartArray("tags");
            writer.WriteStringValue("vip");
            writer.WriteStringValue("beta");
            writer.WriteEndArray();
        }

        if (n % 5 == 0)
        {
            writer.WriteBoolean("blockedByMe", true);
            writer.WriteNumber("blockedByMeAt", created + 500);
            writer.WriteNumber("blockedAt", created + 500);
        }

        writer.WriteNumber("createdAt", created);
        writer.WriteNumber("updatedAt", created + 3_600);
        writer.WriteNumber("lastActiveAt", created + 7_200);
        writer.WriteString("conversationId", "cometchat-uid-" + n.ToString(CultureInfo.InvariantCulture) + "_user_cometchat-uid-4");
        writer.WriteEndObject();
    }

    /// <summary>Writes a JSON document with <paramref name="write"/> and returns its bytes.</summary>
    public static byte[] Build(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
