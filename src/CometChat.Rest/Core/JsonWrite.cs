using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CometChat.Rest.Core;

/// <summary>Writing helpers for generated converters.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWrite
{
    /// <summary>Writes a timestamp as Unix seconds.</summary>
    public static void UnixTime(Utf8JsonWriter writer, DateTimeOffset value) =>
        writer.WriteNumberValue(value.ToUnixTimeSeconds());

    /// <summary>Writes a value with a converter, or null.</summary>
    public static void Value<T>(Utf8JsonWriter writer, T? value, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            converter.Write(writer, value, options);
        }
    }

    /// <summary>Writes a list as a JSON array, with a converter per item.</summary>
    public static void List<T>(Utf8JsonWriter writer, IEnumerable<T> values, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            Value(writer, value, converter, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a dictionary as a JSON object, with a converter per value.</summary>
    public static void Dictionary<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, T>> values, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var pair in values)
        {
            writer.WritePropertyName(pair.Key);
            Value(writer, pair.Value, converter, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes properties a model read but does not declare, so they round-trip.</summary>
    public static void AdditionalProperties(Utf8JsonWriter writer, IDictionary<string, JsonElement>? values)
    {
        if (values is null)
        {
            return;
        }

        foreach (var pair in values)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }
}
