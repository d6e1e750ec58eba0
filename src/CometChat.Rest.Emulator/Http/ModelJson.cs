using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Moves generated models to and from <see cref="JsonObject"/> through their converters, for state kept as CometChat's
/// JSON: what goes in was read by the model, and what comes out is read back by the answer's model.
/// </summary>
internal static class ModelJson
{
    private static readonly JsonSerializerOptions s_options = new();

    public static JsonObject ToObject<T>(T value, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, s_options);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    public static T FromObject<T>(JsonObject value, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        return converter.Read(ref reader, typeof(T), s_options)!;
    }
}

