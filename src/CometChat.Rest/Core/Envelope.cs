using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CometChat.Rest.Core;

/// <summary>Reads CometChat's response envelopes: <c>{"data": ...}</c>, <c>{"data": [...], "meta": {...}}</c> and <c>{"error": {...}}</c>.</summary>
internal static class Envelope
{
    private const int MaxQuotedBody = 200;

    public static T ReadData<T>(ReadOnlySpan<byte> json, JsonConverter<T> converter, CometChatRequest request)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            StartObject(ref reader);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        break;
                    }

                    return converter.Read(ref reader, typeof(T), CometChatTransport.SerializerOptions)!;
                }

                reader.Read();
                JsonRead.Skip(ref reader);
            }
        }
        catch (JsonException ex)
        {
            throw Unreadable(request, json, ex);
        }

        throw Unreadable(request, json, null);
    }

    public static T ReadBody<T>(ReadOnlySpan<byte> json, JsonConverter<T> converter, CometChatRequest request)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (reader.Read() && reader.TokenType != JsonTokenType.Null)
            {
                return converter.Read(ref reader, typeof(T), CometChatTransport.SerializerOptions)!;
            }
        }
        catch (JsonException ex)
        {
            throw Unreadable(request, json, ex);
        }

        throw Unreadable(request, json, null);
    }

    public static Page<T> ReadPage<T>(ReadOnlySpan<byte> json, JsonConverter<T> converter, CometChatRequest request)
    {
        var (items, (pagination, cursor)) = ReadList(json, converter, request, ReadMeta);
        return new Page<T>(items, pagination, cursor);
    }

    /// <summary>Reads <c>{"data": [...], "meta": {"previous": ..., "current": ..., "next": ...}}</c>.</summary>
    public static (List<T> Items, CursorPageMeta? Meta) ReadCursorPage<T>(ReadOnlySpan<byte> json, JsonConverter<T> converter, CometChatRequest request) =>
        ReadList(json, converter, request, ReadCursorMeta);

    private delegate TMeta MetaReader<TMeta>(ref Utf8JsonReader reader);

    /// <summary>Reads <c>{"data": [...], "meta": {...}}</c>, the meta by <paramref name="readMeta"/>; a missing meta is default.</summary>
    private static (List<T> Items, TMeta Meta) ReadList<T, TMeta>(ReadOnlySpan<byte> json, JsonConverter<T> converter, CometChatRequest request, MetaReader<TMeta> readMeta)
    {
        List<T>? items = null;
        TMeta meta = default!;
        try
        {
            var reader = new Utf8JsonReader(json);
            StartObject(ref reader);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    items = JsonRead.List(ref reader, converter, CometChatTransport.SerializerOptions);
                }
                else if (reader.ValueTextEquals("meta"u8))
                {
                    reader.Read();
                    meta = readMeta(ref reader);
                }
                else
                {
                    reader.Read();
                    JsonRead.Skip(ref reader);
                }
            }
        }
        catch (JsonException ex)
        {
            throw Unreadable(request, json, ex);
        }

        return items is null ? throw Unreadable(request, json, null) : (items, meta);
    }

    public static CometChatException ReadError(
        HttpResponseMessage response, ReadOnlySpan<byte> json, CometChatRequest request, int attempts = 1, DateTimeOffset? now = null)
    {
        var status = (int)response.StatusCode;
        var retryAfter = ReadRetryAfter(response, now);
        string? code = null;
        string? message = null;
        JsonElement? details = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isError = reader.ValueTextEquals("error"u8);
                    reader.Read();
                    if (isError && reader.TokenType == JsonTokenType.StartObject)
                    {
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            var name = reader.GetString();
                            reader.Read();
                            switch (name)
                            {
                                case "code":
                                    code = JsonRead.NullableString(ref reader);
                                    break;
                                case "message":
                                    message = JsonRead.NullableString(ref reader);
                                    break;
                                case "details":
                                    details = JsonElement.ParseValue(ref reader);
                                    break;
                                default:
                                    JsonRead.Skip(ref reader);
                                    break;
                            }
                        }
                    }
                    else
                    {
                        JsonRead.Skip(ref reader);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not CometChat's error body (a gateway page, say): fall back to the status and the text below.
        }

        var where = $"{request.Operation} ({request.Method} {request.PathTemplate})";
        var after = attempts > 1 ? $" after {attempts} attempts" : string.Empty;
        var text = code is not null
            ? $"{where} failed with {code} (HTTP {status}){after}: {message ?? "no message"}"
            : $"{where} failed with HTTP {status} {response.ReasonPhrase}{after}{Quote(json)}";
        return new CometChatException(text, status, code, details, retryAfter, request.Operation, attempts: attempts);
    }

    /// <summary>Reads <c>Retry-After</c> (seconds or a date), else <c>X-Rate-Limit-Reset</c> (Unix seconds).</summary>
    public static TimeSpan? ReadRetryAfter(HttpResponseMessage response, DateTimeOffset? now = null)
    {
        var current = now ?? DateTimeOffset.UtcNow;
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                return Max(date - current);
            }
        }

        if (response.Headers.TryGetValues("X-Rate-Limit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            return Max(DateTimeOffset.FromUnixTimeSeconds(reset) - current);
        }

        return null;
    }

    private static TimeSpan Max(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;

    private static (Pagination? Pagination, PageCursor? Cursor) ReadMeta(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonRead.Skip(ref reader);
            return (null, null);
        }

        Pagination? pagination = null;
        PageCursor? cursor = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isPagination = reader.ValueTextEquals("pagination"u8);
            var isCursor = reader.ValueTextEquals("cursor"u8);
            reader.Read();
            if (isPagination && reader.TokenType == JsonTokenType.StartObject)
            {
                pagination = ReadPagination(ref reader);
            }
            else if (isCursor && reader.TokenType == JsonTokenType.StartObject)
            {
                cursor = ReadCursor(ref reader);
            }
            else
            {
                JsonRead.Skip(ref reader);
            }
        }

        return (pagination, cursor);
    }

    private static CursorPageMeta? ReadCursorMeta(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonRead.Skip(ref reader);
            return null;
        }

        PageCursor? previous = null, next = null;
        CursorPosition? current = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("previous"u8) ? 1 : reader.ValueTextEquals("next"u8) ? 2 : reader.ValueTextEquals("current"u8) ? 3 : 0;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                JsonRead.Skip(ref reader);
                continue;
            }

            switch (name)
            {
                case 1: previous = ReadCursor(ref reader); break;
                case 2: next = ReadCursor(ref reader); break;
                case 3: current = ReadPosition(ref reader); break;
                default: JsonRead.Skip(ref reader); break;
            }
        }

        return new CursorPageMeta { Previous = previous, Current = current, Next = next };
    }

    /// <summary>A cursor's scalar members as query values; numbers keep their JSON text.</summary>
    private static PageCursor ReadCursor(ref Utf8JsonReader reader)
    {
        var values = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
            {
                values.Add(new(name, JsonRead.NullableString(ref reader)!));
            }
            else
            {
                JsonRead.Skip(ref reader);
            }
        }

        return new PageCursor(values);
    }

    private static CursorPosition ReadPosition(ref Utf8JsonReader reader)
    {
        int? limit = null, count = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("limit"u8) ? 1 : reader.ValueTextEquals("count"u8) ? 2 : 0;
            reader.Read();
            if (name == 0 || reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
            {
                JsonRead.Skip(ref reader);
                continue;
            }

            if (name == 1)
            {
                limit = JsonRead.Int32(ref reader);
            }
            else
            {
                count = JsonRead.Int32(ref reader);
            }
        }

        return new CursorPosition { Limit = limit, Count = count };
    }

    private static Pagination ReadPagination(ref Utf8JsonReader reader)
    {
        int total = 0, count = 0, perPage = 0, currentPage = 0, totalPages = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType is JsonTokenType.Null or JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                JsonRead.Skip(ref reader);
                continue;
            }

            switch (name)
            {
                case "total": total = JsonRead.Int32(ref reader); break;
                case "count": count = JsonRead.Int32(ref reader); break;
                case "per_page": perPage = JsonRead.Int32(ref reader); break;
                case "current_page": currentPage = JsonRead.Int32(ref reader); break;
                case "total_pages": totalPages = JsonRead.Int32(ref reader); break;
            }
        }

        return new Pagination { Total = total, Count = count, PerPage = perPage, CurrentPage = currentPage, TotalPages = totalPages };
    }

    private static void StartObject(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The response is not a JSON object.");
        }
    }

    private static CometChatException Unreadable(CometChatRequest request, ReadOnlySpan<byte> json, JsonException? inner) =>
        new(
            $"{request.Operation} ({request.Method} {request.PathTemplate}) returned a response the client could not read" +
            (inner is null ? ": its 'data' member is missing or null" : ": " + inner.Message) + Quote(json),
            status: 200, operation: request.Operation, innerException: inner);

    private static string Quote(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return string.Empty;
        }

        var text = Encoding.UTF8.GetString(json.Length > MaxQuotedBody ? json[..MaxQuotedBody] : json);
        return $" (body: {text}{(json.Length > MaxQuotedBody ? "…" : string.Empty)})";
    }
}
