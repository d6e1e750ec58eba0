using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CometChat.Rest.Generator.Parsing;

// A JSON tree that remembers where each value and property name starts in the file, so diagnostics can point at
// the exact spot (JsonDocument does not expose positions).
//
// Reading makes one pass that records every token in a flat array of structs, much as JsonDocument does. Node
// objects, names and strings are created only for the parts the parser visits, once each: a spec's examples and
// the members the generator ignores are never materialized. Building a node per value up front made the tree a
// large graph of long-lived objects, and collecting it was most of the parse.

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
    // Most objects in a spec have a handful of members: scanning them beats building a dictionary for each.
    // Only large objects (paths, schemas) get one.
    private const int IndexThreshold = 8;

    private readonly JsonTree? _tree;
    private readonly int _index;
    private JsonProperty[]? _properties;
    private Dictionary<string, JsonProperty>? _byName;

    /// <summary>An object with no members, standing in for one the document lacks.</summary>
    public JsonObjectValue()
        : base(0, 0)
    {
        _properties = Array.Empty<JsonProperty>();
    }

    internal JsonObjectValue(JsonTree tree, int index)
        : base(tree.Start(index), tree.Length(index))
    {
        _tree = tree;
        _index = index;
    }

    public IReadOnlyList<JsonProperty> Properties => _properties ??= _tree!.ReadProperties(_index);

    public JsonValue? this[string name] => GetProperty(name)?.Value;

    public JsonProperty? GetProperty(string name)
    {
        var properties = _properties ??= _tree!.ReadProperties(_index);
        if (properties.Length > IndexThreshold)
        {
            return (_byName ??= Index(properties)).TryGetValue(name, out var indexed) ? indexed : null;
        }

        // In order, so the first of two equal keys wins, as most JSON readers that keep order do.
        foreach (var property in properties)
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

    private static Dictionary<string, JsonProperty> Index(JsonProperty[] properties)
    {
        var byName = new Dictionary<string, JsonProperty>(properties.Length, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (!byName.ContainsKey(property.Name))
            {
                byName.Add(property.Name, property);
            }
        }

        return byName;
    }
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
    private readonly JsonTree _tree;
    private readonly int _index;
    private JsonValue[]? _items;

    internal JsonArrayValue(JsonTree tree, int index)
        : base(tree.Start(index), tree.Length(index))
    {
        _tree = tree;
        _index = index;
    }

    public IReadOnlyList<JsonValue> Items => _items ??= _tree.ReadItems(_index);
}

internal sealed class JsonStringValue : JsonValue
{
    private readonly JsonTree _tree;
    private readonly int _index;
    private string? _value;

    internal JsonStringValue(JsonTree tree, int index)
        : base(tree.Start(index), tree.Length(index))
    {
        _tree = tree;
        _index = index;
    }

    public string Value => _value ??= _tree.ReadString(_index);
}

internal sealed class JsonNumberValue : JsonValue
{
    private readonly JsonTree _tree;
    private readonly int _index;
    private string? _text;

    internal JsonNumberValue(JsonTree tree, int index)
        : base(tree.Start(index), tree.Length(index))
    {
        _tree = tree;
        _index = index;
    }

    public string Text => _text ??= _tree.ReadNumberText(_index);

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
    internal JsonBooleanValue(int start, int length, bool value)
        : base(start, length)
    {
        Value = value;
    }

    public bool Value { get; }
}

internal sealed class JsonNullValue : JsonValue
{
    internal JsonNullValue(int start, int length)
        : base(start, length)
    {
    }
}

/// <summary>The tokens of one JSON document, and the nodes made from them on demand.</summary>
/// <remarks>
/// The token array is rented: once disposed, nodes that have not read their members yet must not be used.
/// </remarks>
internal sealed class JsonTree : IDisposable
{
    // Deep enough for any real spec; deeper input is reported as malformed instead of overflowing a stack.
    private const int MaxDepth = 256;

    private readonly byte[] _utf8;
    private readonly int _length;
    private Token[] _tokens;
    private int _count;

    private JsonTree(byte[] utf8, int length)
    {
        _utf8 = utf8;
        _length = length;
        // About one token per 20 bytes of an indented spec; the array grows if that guess is low.
        _tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, length / 16));
    }

    /// <summary>The document's value.</summary>
    public JsonValue Root => CreateValue(0);

    /// <summary>Reads the first <paramref name="length"/> bytes of <paramref name="utf8"/> as one JSON document.</summary>
    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    public static JsonTree Read(byte[] utf8, int length)
    {
        var tree = new JsonTree(utf8, length);
        try
        {
            tree.Tokenize();
            return tree;
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        var tokens = _tokens;
        _tokens = Array.Empty<Token>();
        _count = 0;
        if (tokens.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    internal int Start(int index) => _tokens[index].Start;

    internal int Length(int index) => _tokens[index].Length;

    internal JsonProperty[] ReadProperties(int objectIndex)
    {
        var properties = new JsonProperty[_tokens[objectIndex].Count];
        var name = objectIndex + 1;
        for (var i = 0; i < properties.Length; i++)
        {
            ref readonly var token = ref _tokens[name];
            var value = name + 1;
            properties[i] = new JsonProperty(ReadName(name), token.Start, token.Length, CreateValue(value));
            name = _tokens[value].Next;
        }

        return properties;
    }

    internal JsonValue[] ReadItems(int arrayIndex)
    {
        var items = new JsonValue[_tokens[arrayIndex].Count];
        var item = arrayIndex + 1;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = CreateValue(item);
            item = _tokens[item].Next;
        }

        return items;
    }

    /// <summary>The text of a string value or property name, escapes resolved.</summary>
    internal string ReadString(int index)
    {
        ref readonly var token = ref _tokens[index];
        if (!token.Escaped)
        {
            return Encoding.UTF8.GetString(_utf8, token.Start + 1, token.Length - 2);
        }

        // Rare in specs: let the reader resolve the escapes of this one string.
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_utf8, token.Start, token.Length));
        reader.Read();
        return reader.GetString()!;
    }

    // A spec repeats a few hundred member names ("type", "description", "$ref") tens of thousands of times:
    // each is decoded once and shared. A slot holds the last name that hashed to it.
    private readonly string?[] _names = new string?[1024];

    private string ReadName(int index)
    {
        ref readonly var token = ref _tokens[index];
        if (token.Escaped || token.Length > 66)
        {
            return ReadString(index);
        }

        var bytes = new ReadOnlySpan<byte>(_utf8, token.Start + 1, token.Length - 2);
        var hash = 17;
        foreach (var b in bytes)
        {
            hash = (hash * 31) + b;
        }

        ref var slot = ref _names[hash & (_names.Length - 1)];
        if (slot is not null && SameAscii(slot, bytes))
        {
            return slot;
        }

        return slot = ReadString(index);
    }

    private static bool SameAscii(string text, ReadOnlySpan<byte> utf8)
    {
        if (text.Length != utf8.Length)
        {
            return false;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            // A non-ASCII byte never equals a char here, so multi-byte names simply miss the cache.
            if (utf8[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    internal string ReadNumberText(int index) =>
        Encoding.UTF8.GetString(_utf8, _tokens[index].Start, _tokens[index].Length);

    private JsonValue CreateValue(int index)
    {
        ref readonly var token = ref _tokens[index];
        return token.Type switch
        {
            JsonTokenType.StartObject => new JsonObjectValue(this, index),
            JsonTokenType.StartArray => new JsonArrayValue(this, index),
            JsonTokenType.String => new JsonStringValue(this, index),
            JsonTokenType.Number => new JsonNumberValue(this, index),
            JsonTokenType.True => new JsonBooleanValue(token.Start, token.Length, true),
            JsonTokenType.False => new JsonBooleanValue(token.Start, token.Length, false),
            _ => new JsonNullValue(token.Start, token.Length),
        };
    }

    private void Tokenize()
    {
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_utf8, 0, _length), new JsonReaderOptions { MaxDepth = MaxDepth });
        if (!reader.Read())
        {
            throw new JsonException("The file is empty.", null, 0, 0);
        }

        // Open objects and arrays, innermost last; the reader enforces MaxDepth before this can overflow.
        var open = new int[MaxDepth + 1];
        var depth = 0;
        do
        {
            var start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    CountItem(open, depth);
                    open[depth++] = Add(reader.TokenType, start, 0, escaped: false);
                    break;

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                {
                    ref var container = ref _tokens[open[--depth]];
                    container.Length = (int)reader.BytesConsumed - container.Start;
                    container.Next = _count;
                    break;
                }

                case JsonTokenType.PropertyName:
                    _tokens[open[depth - 1]].Count++;
                    // The quoted name alone: BytesConsumed would also count the colon after it.
                    Add(JsonTokenType.PropertyName, start, reader.ValueSpan.Length + 2, reader.ValueIsEscaped);
                    break;

                default:
                    CountItem(open, depth);
                    Add(reader.TokenType, start, (int)reader.BytesConsumed - start, reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped);
                    break;
            }
        }
        while (depth > 0 && reader.Read());

        if (reader.Read())
        {
            throw new JsonException("Unexpected content after the end of the document.");
        }
    }

    // Arrays count their items as they are read; objects count their property names instead.
    private void CountItem(int[] open, int depth)
    {
        if (depth > 0 && _tokens[open[depth - 1]].Type == JsonTokenType.StartArray)
        {
            _tokens[open[depth - 1]].Count++;
        }
    }

    private int Add(JsonTokenType type, int start, int length, bool escaped)
    {
        if (_count == _tokens.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(_tokens.Length * 2);
            Array.Copy(_tokens, larger, _count);
            ArrayPool<Token>.Shared.Return(_tokens);
            _tokens = larger;
        }

        var index = _count++;
        _tokens[index] = new Token { Type = type, Start = start, Length = length, Escaped = escaped, Next = index + 1 };
        return index;
    }

    private struct Token
    {
        public int Start;

        /// <summary>Bytes from <see cref="Start"/> through the value's last character (quotes and brackets included).</summary>
        public int Length;

        /// <summary>The index of the token after this value and everything inside it.</summary>
        public int Next;

        /// <summary>Members of an object, items of an array.</summary>
        public int Count;

        public JsonTokenType Type;

        public bool Escaped;
    }
}
