using System;
using System.Globalization;
using System.Text.Json;

namespace CometChat.Rest.Benchmarks.Canned;

/// <summary>
/// CometChat's message answers as bytes, shaped like the spec's examples: text, media, custom and action
/// messages, each with the entities CometChat embeds (sender and receiver users, or actor, target and group).
/// </summary>
public static class CannedMessages
{
    /// <summary><c>POST /messages</c>: the sent text message.</summary>
    public static byte[] Sent { get; } = CannedResponses.Build(writer =>
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data");
        WriteText(writer, 1);
        writer.WriteEndObject();
    });

    /// <summary>
    /// <c>GET /messages</c> with 1,000 messages: half text, a fifth media, and custom and action messages for the
    /// rest, interleaved the way a busy conversation log is.
    /// </summary>
    public static byte[] List1000 { get; } = CannedResponses.Build(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("data");
        for (var n = 1; n <= 1000; n++)
        {
            switch (n % 20)
            {
                case < 10:
                    WriteText(writer, n);
                    break;
                case < 14:
                    WriteMedia(writer, n);
                    break;
                case < 17:
                    WriteCustom(writer, n);
                    break;
                default:
                    WriteAction(writer, n);
                    break;
            }
        }

        writer.WriteEndArray();
        writer.WriteStartObject("meta");
        writer.WriteStartObject("current");
        writer.WriteNumber("limit", 1000);
        writer.WriteNumber("count", 1000);
        writer.WriteEndObject();
        writer.WriteStartObject("next");
        writer.WriteString("affix", "append");
        writer.WriteNumber("sentAt", SentAt(1000));
        writer.WriteString("id", "1000");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static long SentAt(int n) => 1_638_423_490L + n;

    private static string Uid(int n) => "cometchat-uid-" + n.ToString(CultureInfo.InvariantCulture);

    private static void WriteText(Utf8JsonWriter writer, int n)
    {
        WriteHeader(writer, n, "message", "text", group: false);
        writer.WriteStartObject("data");
        writer.WriteString("text", "Hello there, message number " + n.ToString(CultureInfo.InvariantCulture) + " of today's thread.");
        if (n % 3 == 0)
        {
            writer.WriteStartObject("metadata");
            writer.WriteString("key1", "val1");
            writer.WriteEndObject();
        }

        WriteSenderReceiver(writer, n);
        writer.WriteEndObject();
        WriteFooter(writer, n);
    }

    private static void WriteMedia(Utf8JsonWriter writer, int n)
    {
        WriteHeader(writer, n, "message", "image", group: false);
        writer.WriteStartObject("data");
        writer.WriteString("url", "https://data-us.cometchat.io/assets/images/" + n.ToString(CultureInfo.InvariantCulture) + ".jpg");
        writer.WriteStartArray("attachments");
        writer.WriteStartObject();
        writer.WriteString("url", "https://data-us.cometchat.io/assets/images/" + n.ToString(CultureInfo.InvariantCulture) + ".jpg");
        writer.WriteString("name", "photo-" + n.ToString(CultureInfo.InvariantCulture) + ".jpg");
        writer.WriteString("mimeType", "image/jpeg");
        writer.WriteString("extension", "jpg");
        writer.WriteNumber("size", 184_320 + n);
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteSenderReceiver(writer, n);
        writer.WriteEndObject();
        WriteFooter(writer, n);
    }

    private static void WriteCustom(Utf8JsonWriter writer, int n)
    {
        WriteHeader(writer, n, "custom", "location", group: false);
        writer.WriteStartObject("data");
        writer.WriteStartObject("customData");
        writer.WriteNumber("latitude", 19.0760 + (n / 1000.0));
        writer.WriteNumber("longitude", 72.8777 - (n / 1000.0));
        writer.WriteEndObject();
        writer.WriteString("text", "Shared a location");
        WriteSenderReceiver(writer, n);
        writer.WriteEndObject();
        WriteFooter(writer, n);
    }

    private static void WriteAction(Utf8JsonWriter writer, int n)
    {
        WriteHeader(writer, n, "action", "groupMember", group: true);
        writer.WriteStartObject("data");
        writer.WriteString("action", n % 2 == 0 ? "joined" : "added");
        writer.WriteStartObject("entities");
        writer.WritePropertyName("by");
        WriteUserReference(writer, (n % 5) + 1);
        writer.WritePropertyName("on");
        WriteUserReference(writer, (n % 7) + 1);
        writer.WriteStartObject("for");
        writer.WriteStartObject("entity");
        writer.WriteString("guid", "cometchat-guid-1");
        writer.WriteString("name", "Hiking Group");
        writer.WriteString("type", "public");
        writer.WriteString("owner", "cometchat-uid-1");
        writer.WriteNumber("membersCount", 12);
        writer.WriteNumber("createdAt", 1_638_361_550);
        writer.WriteEndObject();
        writer.WriteString("entityType", "group");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        WriteFooter(writer, n);
    }

    private static void WriteHeader(Utf8JsonWriter writer, int n, string category, string type, bool group)
    {
        writer.WriteStartObject();
        writer.WriteString("id", n.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("conversationId", group ? "group_cometchat-guid-1" : "cometchat-uid-3_user_cometchat-uid-5");
        writer.WriteString("sender", group ? "app_system" : Uid(3));
        writer.WriteString("receiverType", group ? "group" : "user");
        writer.WriteString("receiver", group ? "cometchat-guid-1" : Uid(5));
        writer.WriteString("category", category);
        writer.WriteString("type", type);
    }

    private static void WriteFooter(Utf8JsonWriter writer, int n)
    {
        writer.WriteNumber("sentAt", SentAt(n));
        writer.WriteNumber("updatedAt", SentAt(n));
        if (n % 4 == 0)
        {
            writer.WriteStartArray("tags");
            writer.WriteStringValue("greeting");
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteSenderReceiver(Utf8JsonWriter writer, int n)
    {
        writer.WriteStartObject("entities");
        writer.WritePropertyName("sender");
        WriteUserReference(writer, 3);
        writer.WritePropertyName("receiver");
        WriteUserReference(writer, 5 + (n % 2));
        writer.WriteEndObject();
    }

    private static void WriteUserReference(Utf8JsonWriter writer, int n)
    {
        // CometChat writes the entity before its entityType.
        writer.WriteStartObject();
        writer.WritePropertyName("entity");
        CannedResponses.WriteUser(writer, n);
        writer.WriteString("entityType", "user");
        writer.WriteEndObject();
    }
}
