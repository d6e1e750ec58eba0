using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>Writes a cursor page: <c>{"data": [...], "meta": {"previous"?, "current": {limit, count}, "next"?}}</c>.</summary>
internal static class MessageCursorResponse
{
    private static readonly JsonSerializerOptions s_options = new();

    public static Task WriteAsync<T>(HttpContext context, MessageCursorSlice<T> page, JsonConverter<T> converter) =>
        JsonResponse.WriteRawAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            writer.WriteStartArray();
            foreach (var item in page.Items)
            {
                converter.Write(writer, item, s_options);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("meta"u8);
            writer.WriteStartObject();
            WriteCursor(writer, "previous", page.Previous);
            writer.WritePropertyName("current"u8);
            writer.WriteStartObject();
            writer.WriteNumber("limit"u8, page.Limit);
            writer.WriteNumber("count"u8, page.Items.Count);
            writer.WriteEndObject();
            WriteCursor(writer, "next", page.Next);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    private static void WriteCursor(Utf8JsonWriter writer, string name, System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, object>>? cursor)
    {
        if (cursor is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        foreach (var (key, value) in cursor)
        {
            if (value is long number)
            {
                writer.WriteNumber(key, number);
            }
            else
            {
                writer.WriteString(key, value.ToString());
            }
        }

        writer.WriteEndObject();
    }
}
