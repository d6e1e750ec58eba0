using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Writes CometChat's response envelopes with the generated converters and <see cref="Utf8JsonWriter"/>:
/// <c>{"data": ...}</c>, <c>{"data": [...], "meta": {"pagination": {...}}}</c> and <c>{"error": {...}}</c>.
/// </summary>
internal static class JsonResponse
{
    private static readonly JsonSerializerOptions s_options = new();

    /// <summary>Writes <c>{"data": value}</c> with status 200.</summary>
    public static Task WriteDataAsync<T>(HttpContext context, T value, JsonConverter<T> converter) =>
        WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            converter.Write(writer, value, s_options);
            writer.WriteEndObject();
        });

    /// <summary>Writes <c>{"data": {"key": value, ...}}</c> with status 200, for CometChat's per-item results.</summary>
    public static Task WriteMapAsync<T>(HttpContext context, IEnumerable<KeyValuePair<string, T>> map, JsonConverter<T> converter) =>
        WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            writer.WriteStartObject();
            foreach (var (key, value) in map)
            {
                writer.WritePropertyName(key);
                converter.Write(writer, value, s_options);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>Writes one page: <c>{"data": [...], "meta": {"pagination": {...}}}</c> with status 200.</summary>
    public static Task WritePageAsync<T>(HttpContext context, PageSlice<T> page, JsonConverter<T> converter) =>
        WriteAsync(context, StatusCodes.Status200OK, writer =>
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
            writer.WritePropertyName("pagination"u8);
            writer.WriteStartObject();
            writer.WriteNumber("total"u8, page.Total);
            writer.WriteNumber("count"u8, page.Items.Count);
            writer.WriteNumber("per_page"u8, page.PerPage);
            writer.WriteNumber("current_page"u8, page.CurrentPage);
            writer.WriteNumber("total_pages"u8, page.TotalPages);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>Writes <c>{"error": {"code", "message", "details"?}}</c> with the error's status.</summary>
    public static Task WriteErrorAsync(HttpContext context, ApiError error) =>
        WriteAsync(context, error.Status, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("error"u8);
            writer.WriteStartObject();
            writer.WriteString("code"u8, error.Code);
            writer.WriteString("message"u8, error.Message);
            if (error.Details is { Count: > 0 } details)
            {
                writer.WritePropertyName("details"u8);
                writer.WriteStartObject();
                foreach (var (field, messages) in details)
                {
                    writer.WritePropertyName(field);
                    writer.WriteStartArray();
                    foreach (var message in messages)
                    {
                        writer.WriteStringValue(message);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>Writes <c>{"data": [...]}</c> with status 200, for lists CometChat does not page.</summary>
    public static Task WriteListAsync<T>(HttpContext context, IEnumerable<T> items, JsonConverter<T> converter) =>
        WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            writer.WriteStartArray();
            foreach (var item in items)
            {
                converter.Write(writer, item, s_options);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>Writes whatever <paramref name="write"/> produces with status 200 (for envelopes defined elsewhere).</summary>
    public static Task WriteRawAsync(HttpContext context, Action<Utf8JsonWriter> write) =>
        WriteAsync(context, StatusCodes.Status200OK, write);

    /// <summary>Writes whatever <paramref name="write"/> produces with <paramref name="status"/>, buffered so the length is known.</summary>
    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}

/// <summary>One page of a list, with what CometChat's <c>meta.pagination</c> reports about it.</summary>
/// <param name="Items">The items on the page.</param>
/// <param name="Total">The number of items on all pages.</param>
/// <param name="PerPage">The page size.</param>
/// <param name="CurrentPage">The page number, from 1.</param>
internal sealed record PageSlice<T>(IReadOnlyList<T> Items, int Total, int PerPage, int CurrentPage)
{
    /// <summary>
    /// <c>ceil(total / per_page)</c>, but at least 1. CometChat's pagination block is the one Laravel's paginator
    /// produces (through Fractal), whose last page is never below 1, so an empty list reports
    /// <c>"total": 0, "total_pages": 1</c>; CometChat's examples always show at least 1.
    /// </summary>
    public int TotalPages => Math.Max(1, (int)((Total + (long)PerPage - 1) / PerPage));
}
