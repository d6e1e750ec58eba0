using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CometChat.Rest.Core;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>Reads and writes JSON with one converter, the way the transport does.</summary>
public static class JsonRoundTrip
{
    public static T Read<T>(JsonConverter<T> converter, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json.Trim());
        var reader = new Utf8JsonReader(bytes);
        Assert.True(reader.Read());
        var value = converter.Read(ref reader, typeof(T), CometChatTransport.SerializerOptions)!;

        // A converter leaves the reader on the last token of its value.
        Assert.Equal(bytes.Length, reader.BytesConsumed);
        return value;
    }

    public static string Write<T>(JsonConverter<T> converter, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, CometChatTransport.SerializerOptions);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads <paramref name="json"/> and writes it back.</summary>
    public static string Through<T>(JsonConverter<T> converter, string json) => Write(converter, Read(converter, json));
}
