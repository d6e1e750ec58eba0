using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CometChat.Rest.Core;

/// <summary>
/// Converters for the scalar types models contain, so that lists and dictionaries of any item type go through
/// one code path. None of them uses reflection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonConverters
{
    /// <summary>Strings.</summary>
    public static JsonConverter<string> String { get; } = new Scalar<string>(static (ref Utf8JsonReader r) => JsonRead.String(ref r), static (w, v) => w.WriteStringValue(v));

    /// <summary>32-bit integers.</summary>
    public static JsonConverter<int> Int32 { get; } = new Scalar<int>(static (ref Utf8JsonReader r) => JsonRead.Int32(ref r), static (w, v) => w.WriteNumberValue(v));

    /// <summary>64-bit integers.</summary>
    public static JsonConverter<long> Int64 { get; } = new Scalar<long>(static (ref Utf8JsonReader r) => JsonRead.Int64(ref r), static (w, v) => w.WriteNumberValue(v));

    /// <summary>Numbers.</summary>
    public static JsonConverter<double> Double { get; } = new Scalar<double>(static (ref Utf8JsonReader r) => JsonRead.Double(ref r), static (w, v) => w.WriteNumberValue(v));

    /// <summary>Booleans.</summary>
    public static JsonConverter<bool> Boolean { get; } = new Scalar<bool>(static (ref Utf8JsonReader r) => JsonRead.Boolean(ref r), static (w, v) => w.WriteBooleanValue(v));

    /// <summary>Unix-second timestamps.</summary>
    public static JsonConverter<DateTimeOffset> UnixTime { get; } = new Scalar<DateTimeOffset>(static (ref Utf8JsonReader r) => JsonRead.UnixTime(ref r), JsonWrite.UnixTime);

    /// <summary>Free-form JSON objects.</summary>
    public static JsonConverter<JsonObject> Object { get; } = new Scalar<JsonObject>(static (ref Utf8JsonReader r) => JsonRead.Object(ref r), static (w, v) => v.WriteTo(w));

    /// <summary>Any JSON value.</summary>
    public static JsonConverter<JsonNode> Node { get; } = new Scalar<JsonNode>(static (ref Utf8JsonReader r) => JsonRead.Node(ref r)!, static (w, v) => v.WriteTo(w));

    /// <summary>
    /// Files, which have no JSON form: a model holding one is sent as <c>multipart/form-data</c>. Reading or
    /// writing one as JSON throws a <see cref="JsonException"/> that says so.
    /// </summary>
    public static JsonConverter<CometChatFile> File { get; } = new Scalar<CometChatFile>(
        static (ref Utf8JsonReader r) => throw new JsonException("A file cannot be read from JSON: files are only sent, as multipart/form-data parts."),
        static (w, v) => throw new JsonException($"The file '{v.FileName}' cannot be written as JSON; it is sent as a multipart/form-data part."));

    /// <summary>A converter for lists of <typeparamref name="T"/>.</summary>
    public static JsonConverter<IList<T>> List<T>(JsonConverter<T> item) => new ListConverter<T>(item);

    /// <summary>A converter for string-keyed maps of <typeparamref name="T"/>.</summary>
    public static JsonConverter<IDictionary<string, T>> Dictionary<T>(JsonConverter<T> value) => new DictionaryConverter<T>(value);

    private delegate T ReadFunc<T>(ref Utf8JsonReader reader);

    private sealed class ListConverter<T>(JsonConverter<T> item) : JsonConverter<IList<T>>
    {
        public override IList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonRead.List(ref reader, item, options);

        public override void Write(Utf8JsonWriter writer, IList<T> value, JsonSerializerOptions options) =>
            JsonWrite.List(writer, value, item, options);
    }

    private sealed class DictionaryConverter<T>(JsonConverter<T> item) : JsonConverter<IDictionary<string, T>>
    {
        public override IDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonRead.Dictionary(ref reader, item, options);

        public override void Write(Utf8JsonWriter writer, IDictionary<string, T> value, JsonSerializerOptions options) =>
            JsonWrite.Dictionary(writer, value, item, options);
    }

    private sealed class Scalar<T> : JsonConverter<T>
    {
        private readonly ReadFunc<T> _read;
        private readonly Action<Utf8JsonWriter, T> _write;

        public Scalar(ReadFunc<T> read, Action<Utf8JsonWriter, T> write)
        {
            _read = read;
            _write = write;
        }

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _read(ref reader);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _write(writer, value);
    }
}
