using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Reads JSON request bodies with the generated converters (no reflection) and turns every problem (malformed
/// JSON, a value of the wrong type, a missing required field) into <c>ERR_BAD_REQUEST</c> that names the field.
/// </summary>
internal static class JsonBody
{
    /// <summary>Bodies larger than this are refused (CometChat's own limit is far lower: about 10 KB).</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions s_options = new();

    /// <summary>
    /// Reads a body the operation requires. An empty body counts as <c>{}</c>, so the caller learns every
    /// required field that is missing.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="converter">The generated converter of the request model.</param>
    /// <param name="required">JSON names of the fields that must be present and not null.</param>
    /// <param name="defaults">Values for fields the model requires but CometChat defaults when absent.</param>
    public static async Task<T> ReadAsync<T>(
        HttpContext context,
        JsonConverter<T> converter,
        IReadOnlyList<string> required,
        IReadOnlyList<KeyValuePair<string, string>>? defaults = null)
    {
        var body = await ReadBytesAsync(context.Request).ConfigureAwait(false);
        return Parse(body.Length == 0 ? "{}"u8.ToArray() : body, converter, required, defaults);
    }

    /// <summary>Reads a body the operation makes optional: an empty body gives <see langword="null"/>.</summary>
    public static async Task<T?> ReadOptionalAsync<T>(HttpContext context, JsonConverter<T> converter)
        where T : class
    {
        var body = await ReadBytesAsync(context.Request).ConfigureAwait(false);
        return IsBlank(body) ? null : Parse(body, converter, [], null);
    }

    private static T Parse<T>(byte[] body, JsonConverter<T> converter, IReadOnlyList<string> required, IReadOnlyList<KeyValuePair<string, string>>? defaults)
    {
        var fields = Scan(body);

        var errors = new ValidationErrors();
        foreach (var name in required)
        {
            if (!fields.TryGetValue(name, out var field) || field.IsNull)
            {
                errors.Add(name, $"The {name} field is required.");
            }
        }

        errors.ThrowIfAny();

        if (defaults is not null && AddDefaults(body, fields, defaults) is { } patched)
        {
            body = patched;
            fields = Scan(body);
        }

        return Convert(body, fields, converter);
    }

    private static T Convert<T>(byte[] body, Dictionary<string, Field> fields, JsonConverter<T> converter)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        try
        {
            return converter.Read(ref reader, typeof(T), s_options)!;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            // The reader stopped on the value the converter refused: find the top-level field that holds it.
            var offset = reader.TokenStartIndex;
            foreach (var (name, field) in fields)
            {
                if (offset >= field.Start && offset < field.End)
                {
                    throw ApiError.Validation(name, $"The {name} field has the wrong type: {ex.Message}");
                }
            }

            throw ApiError.BadRequest($"The request body could not be read: {ex.Message}");
        }
    }

    /// <summary>Checks the syntax and finds each top-level field's value (byte range, and whether it is null).</summary>
    private static Dictionary<string, Field> Scan(byte[] body)
    {
        var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                // Read the rest anyway, so malformed JSON is reported as such.
                reader.Skip();
                while (reader.Read())
                {
                }

                throw ApiError.BadRequest("The request body must be a JSON object.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = reader.TokenStartIndex;
                var isNull = reader.TokenType == JsonTokenType.Null;
                reader.Skip();
                fields[name] = new Field(start, reader.BytesConsumed, isNull);
            }

            // Anything after the object (a second value, garbage) makes Read throw.
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            throw ApiError.BadRequest($"The request body is not valid JSON: {ex.Message}");
        }

        return fields;
    }

    private static byte[]? AddDefaults(byte[] body, Dictionary<string, Field> fields, IReadOnlyList<KeyValuePair<string, string>> defaults)
    {
        JsonObject? patched = null;
        foreach (var (name, value) in defaults)
        {
            if (!fields.TryGetValue(name, out var field) || field.IsNull)
            {
                patched ??= JsonNode.Parse(body)!.AsObject();
                patched[name] = JsonValue.Create(value);
            }
        }

        if (patched is null)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(body.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            patched.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static async Task<byte[]> ReadBytesAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static bool IsBlank(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static ApiError TooLarge() =>
        ApiError.BadRequest($"The request body is larger than the emulator accepts ({MaxBodyBytes / 1024} KB).");

    private readonly record struct Field(long Start, long End, bool IsNull);
}
