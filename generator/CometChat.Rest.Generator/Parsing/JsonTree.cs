using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CometChat.Rest.Generator.Parsing;

// A small JSON tree that remembers where each value and property name starts in the file, so diagnostics
// can point at the exact spot. JsonDocument does not expose positions.

internal abstract class JsonValue
{
    protected JsonValue(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Byte offset of the value's first character in the UTF-8 text.</summary>
    public int Start { get; }

    /// <summary>Length in bytes.</summary>
    public int Length { get; }
}

internal sealed class JsonObjectValue : JsonValue
{
    // Most objects in a spec have a handful of members: scanning them beats building a dictionary for each,
    // which was a sixth of the parse. Only large objects (paths, schemas) get one.
    private const int IndexThreshold = 8;

    private readonly List<JsonProperty> _properties;
    private readonly Dictionary<string, JsonProperty>? _byName;

    public JsonObjectValue(int start, int length, List<JsonProperty> properties)
        : base(start, length)
    {
        _properties = properties;
        if (properties.Count > IndexThreshold)
        {
            _byName = new Dictionary<string, JsonProperty>(properties.Count, StringComparer.Ordinal);
            foreach (var property in properties)
            {
                // The first of two equal keys wins, as most JSON readers that keep order do.
                if (!_byName.ContainsKey(property.Name))
                {
                    _byName.Add(property.Name, property);
                }
            }
        }
    }

    public IReadOnlyList<JsonProperty> Properties => _properties;

    public JsonValue? this[string name] => GetProperty(name)?.Value;

    public JsonProperty? GetProperty(string name)
    {
        if (_byName is not null)
        {
            return _byName.TryGetValue(name, out var indexed) ? indexed : null;
        }

        // In order, so the first of two equal keys wins here too.
        foreach (var property in _properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    public string? GetString(string name) => this[name] is JsonStringValue s ? s.Value : null;

    public bool? GetBoolean(string name) => this[name] is JsonBooleanValue b ? b.Value : null;

    public long? GetInteger(string name) => this[name] is JsonNumberValue n && n.TryGetInt64(out var value) ? value : null;

    public JsonObjectValue? GetObject(string name) => this[name] as JsonObjectValue;

    public JsonArrayValue? GetArray(string name) => this[name] as JsonArrayValue;
}

internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameLength, JsonValue value)
    {
        Name = name;
        NameStart = nameStart;
        NameLength = nameLength;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameLength { get; }

    public JsonValue Value { get; }
}

internal sealed class JsonArrayValue : JsonValue
{
    public JsonArrayValue(int start, int length, List<JsonValue> items)
        : base(start, length)
    {
        Items = items;
    }

    public IReadOnlyList<JsonValue> Items { get; }
}

internal sealed class JsonStringValue : JsonValue
{
    public JsonStringValue(int start, int length, string value)
        : base(start, length)
    {
        Value = value;
    }

    public string Value { get; }
}

internal sealed class JsonNumberValue : JsonValue
{
    public JsonNumberValue(int start, int length, string text)
        : base(start, length)
    {
        Text = text;
    }

    public string Text { get; }

    public bool TryGetInt64(out long value)
    {
        if (long.TryParse(Text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // 1.0 or 1e3 are integers too.
        if (double.TryParse(Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && d == Math.Floor(d) && d >= long.MinValue && d <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }

        return false;
    }
}

internal sealed class JsonBooleanValue : JsonValue
{
    public JsonBooleanValue(int start, int length, bool value)
        : base(start, length)
    {
        Value = value;
    }

    public bool Value { get; }
}

internal sealed class JsonNullValue : JsonValue
{
    public JsonNullValue(int start, int length)
        : base(start, length)
    {
    }
}

/// <summary>Builds a <see cref="JsonValue"/> tree with positions using <see cref="Utf8JsonReader"/>.</summary>
internal static class JsonTreeReader
{
    // Deep enough for any real spec; deeper input is reported as malformed instead of overflowing the stack.
    private const int MaxDepth = 256;

    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    public static JsonValue Read(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        if (!reader.Read())
        {
            throw new JsonException("The file is empty.", null, 0, 0);
        }

        var value = ReadValue(ref reader, utf8);
        if (reader.Read())
        {
            throw new JsonException("Unexpected content after the end of the document.");
        }

        return value;
    }

    private static JsonValue ReadValue(ref Utf8JsonReader reader, byte[] utf8)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var properties = new List<JsonProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = (int)reader.TokenStartIndex;
                    var name = reader.GetString()!;
                    // The quoted name alone: BytesConsumed would also count the colon after it.
                    var nameLength = reader.ValueSpan.Length + 2;
                    reader.Read();
                    properties.Add(new JsonProperty(name, nameStart, nameLength, ReadValue(ref reader, utf8)));
                }

                return new JsonObjectValue(start, (int)reader.BytesConsumed - start, properties);
            }

            case JsonTokenType.StartArray:
            {
                var items = new List<JsonValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, utf8));
                }

                return new JsonArrayValue(start, (int)reader.BytesConsumed - start, items);
            }

            case JsonTokenType.String:
                return new JsonStringValue(start, (int)reader.BytesConsumed - start, reader.GetString()!);

            case JsonTokenType.Number:
                return new JsonNumberValue(start, (int)reader.BytesConsumed - start, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));

            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonBooleanValue(start, (int)reader.BytesConsumed - start, reader.TokenType == JsonTokenType.True);

            default:
                return new JsonNullValue(start, (int)reader.BytesConsumed - start);
        }
    }
}
