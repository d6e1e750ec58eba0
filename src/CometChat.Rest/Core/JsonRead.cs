using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CometChat.Rest.Core;

/// <summary>
/// Reading helpers for generated converters. Each reads the value the reader is positioned on.
/// </summary>
/// <remarks>
/// CometChat is loose with scalar types (counts arrive as <c>"0"</c>, flags as <c>"false"</c>), so numbers and
/// booleans are also accepted as strings holding them.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonRead
{
    // DateTimeOffset's range: 0001-01-01 in Unix seconds, 9999-12-31T23:59:59.999 in Unix milliseconds.
    private const long MinUnixSeconds = -62_135_596_800L;
    private const long MaxUnixMilliseconds = 253_402_300_799_999L;

    /// <summary>Fails unless the reader is on the start of an object.</summary>
    public static void StartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>
    /// Looks ahead in the object the reader is on for a string member named <paramref name="propertyName"/>
    /// (a discriminator), without moving the caller's reader: <paramref name="reader"/> is a copy.
    /// </summary>
    /// <param name="reader">A copy of the caller's reader, positioned on the object's start.</param>
    /// <param name="propertyName">The member's name in UTF-8.</param>
    /// <param name="value">A reader positioned on the member's string value, for <c>ValueTextEquals</c>.</param>
    /// <returns>Whether the object has the member with a string value.</returns>
    public static bool TryFindString(Utf8JsonReader reader, ReadOnlySpan<byte> propertyName, out Utf8JsonReader value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(propertyName);
            if (!reader.Read())
            {
                return false;
            }

            if (found)
            {
                value = reader;
                return reader.TokenType == JsonTokenType.String;
            }

            // TrySkip, not Skip: a partial buffer means the member is not there to find, not an error.
            if (!reader.TrySkip())
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reads a string; JSON null fails.</summary>
    public static string String(ref Utf8JsonReader reader) =>
        NullableString(ref reader) ?? throw Unexpected(ref reader, "a string");

    /// <summary>Reads a string or null. Numbers and booleans are accepted as their JSON text.</summary>
    public static string? NullableString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>Reads a 32-bit integer.</summary>
    public static int Int32(ref Utf8JsonReader reader)
    {
        var value = Int64(ref reader);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new JsonException($"Expected a 32-bit integer but found {value}.");
    }

    /// <summary>Reads a 64-bit integer.</summary>
    public static long Int64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(Span(ref reader), out value, out var consumed) && consumed == Span(ref reader).Length)
        {
            return value;
        }

        throw Unexpected(ref reader, "an integer");
    }

    /// <summary>Reads a number.</summary>
    public static double Double(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDouble();
        }

        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(Span(ref reader), out double value, out var consumed) && consumed == Span(ref reader).Length)
        {
            return value;
        }

        throw Unexpected(ref reader, "a number");
    }

    /// <summary>Reads a boolean.</summary>
    public static bool Boolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8):
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8):
                return false;
            case JsonTokenType.Number when reader.TryGetInt64(out var n) && n is 0 or 1:
                return n == 1;
            default:
                throw Unexpected(ref reader, "a boolean");
        }
    }

    /// <summary>Reads Unix seconds as a timestamp. Values above 10^11 are taken as milliseconds.</summary>
    public static DateTimeOffset UnixTime(ref Utf8JsonReader reader)
    {
        var value = Int64(ref reader);
        if (value is < MinUnixSeconds or > MaxUnixMilliseconds)
        {
            throw new JsonException($"Expected a Unix timestamp but found {value}, which is outside the years 1 to 9999.");
        }

        // Some CometChat endpoints send milliseconds; no date before year 5138 has that many seconds.
        return value > 100_000_000_000L
            ? DateTimeOffset.FromUnixTimeMilliseconds(value)
            : DateTimeOffset.FromUnixTimeSeconds(value);
    }

    /// <summary>Reads a JSON object as a mutable <see cref="JsonObject"/>.</summary>
    public static JsonObject Object(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "a JSON object");
        }

        return (JsonObject)JsonNode.Parse(ref reader)!;
    }

    /// <summary>Reads any JSON value.</summary>
    public static JsonNode? Node(ref Utf8JsonReader reader) => JsonNode.Parse(ref reader);

    /// <summary>Reads any JSON value as an immutable element (used for properties a model does not declare).</summary>
    public static JsonElement Element(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Reads a JSON value with a converter; null gives <see langword="default"/>.</summary>
    public static T? Value<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? default : converter.Read(ref reader, typeof(T), options);

    /// <summary>Reads a JSON array with a converter per item.</summary>
    public static List<T> List<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "a JSON array");
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(converter.Read(ref reader, typeof(T), options)!);
        }

        return list;
    }

    /// <summary>Reads a JSON object as a dictionary, with a converter per value.</summary>
    public static Dictionary<string, T> Dictionary<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, "a JSON object");
        }

        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            dictionary[key] = converter.Read(ref reader, typeof(T), options)!;
        }

        return dictionary;
    }

    /// <summary>Skips the value the reader is on (an object or array is skipped whole).</summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("The JSON value is incomplete.");
        }
    }

    /// <summary>The exception for a required property that was absent or null.</summary>
    public static JsonException MissingProperty(string typeName, string jsonName) =>
        new($"The JSON for {typeName} lacks a value for the required property '{jsonName}'.");

    private static ReadOnlySpan<byte> Span(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} but found {Describe(reader.TokenType)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
