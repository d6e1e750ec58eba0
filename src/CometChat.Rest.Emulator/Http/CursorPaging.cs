using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Which cursor page to return: at most <paramref name="Limit"/> items after (<c>affix=append</c>) or before
/// (<c>affix=prepend</c>) the item at <paramref name="Position"/> (a <c>createdAt</c> value), newest first.
/// </summary>
internal readonly record struct CursorRequest(int Limit, bool Prepend, long? Position)
{
    /// <summary>Reads <c>limit</c>, <c>affix</c> and the position parameter; errors go to the reader's <see cref="QueryReader.Errors"/>.</summary>
    public static CursorRequest Read(QueryReader query, string positionName = "createdAt", int defaultLimit = 10, int maxLimit = 100)
    {
        var limit = query.Integer("limit", defaultLimit, 1, maxLimit);
        var affix = query.String("affix");
        if (affix is not null and not "append" and not "prepend")
        {
            query.Errors.Add("affix", "The affix must be append or prepend.");
        }

        return new CursorRequest(limit, affix == "prepend", query.Long(positionName));
    }

    /// <summary>Cuts the page out of <paramref name="newestFirst"/>, whose positions must be unique and descending.</summary>
    public CursorSlice<T> Slice<T>(IReadOnlyList<T> newestFirst, Func<T, long> position, string positionName = "createdAt")
    {
        var limit = Limit;
        List<T> items;
        if (Position is not { } at)
        {
            items = [.. newestFirst.Take(limit)];
        }
        else if (Prepend)
        {
            // The items just before the cursor in list order are the newer ones nearest to it.
            var newer = newestFirst.Where(item => position(item) > at).ToList();
            items = newer.Skip(Math.Max(0, newer.Count - limit)).ToList();
        }
        else
        {
            items = [.. newestFirst.Where(item => position(item) < at).Take(limit)];
        }

        long? previous = items.Count > 0 && newestFirst.Any(item => position(item) > position(items[0])) ? position(items[0]) : null;
        long? next = items.Count > 0 && newestFirst.Any(item => position(item) < position(items[^1])) ? position(items[^1]) : null;
        return new CursorSlice<T>(items, limit, positionName, previous, next);
    }
}

/// <summary>One cursor page: its items and the positions of the adjacent pages (null when there are none).</summary>
internal sealed record CursorSlice<T>(IReadOnlyList<T> Items, int Limit, string PositionName, long? Previous, long? Next);

/// <summary>
/// Writes the answers of the newer CometChat services (AI agents, moderation): cursor pages
/// <c>{"data": [...], "meta": {"previous", "current", "next"}}</c> and bare objects with any status.
/// </summary>
internal static class CursorResponse
{
    private static readonly JsonSerializerOptions s_options = new();

    /// <summary>Writes a cursor page; <paramref name="nextCursor"/>, when given, is the next page's cursor beside <c>affix</c>.</summary>
    public static Task WritePageAsync<T>(HttpContext context, CursorSlice<T> page, JsonConverter<T> converter, JsonObject? nextCursor = null)
    {
        var previous = page.Previous is { } before ? Cursor("prepend", [new(page.PositionName, before)]) : null;
        var next = nextCursor is not null
            ? Cursor("append", nextCursor.Where(member => member.Value is not null).Select(member => new KeyValuePair<string, object>(member.Key, member.Value!)))
            : page.Next is { } after ? Cursor("append", [new(page.PositionName, after)]) : null;
        return WritePageAsync(context, page.Items, page.Limit, previous, next, converter);
    }

    /// <summary>Answers a list with no filters of its own: reads the cursor query (400 when malformed) and writes the page.</summary>
    public static Task WriteListAsync<T>(HttpContext context, Func<CursorRequest, CursorSlice<T>> list, JsonConverter<T> converter)
    {
        var query = new QueryReader(context.Request);
        var paging = CursorRequest.Read(query);
        query.Errors.ThrowIfAny();
        return WritePageAsync(context, list(paging), converter);
    }

    /// <summary>Writes a message cursor page, whose cursors carry their own <c>affix</c>, <c>sentAt</c> and <c>id</c>.</summary>
    public static Task WritePageAsync<T>(HttpContext context, MessageCursorSlice<T> page, JsonConverter<T> converter) =>
        WritePageAsync(context, page.Items, page.Limit, page.Previous, page.Next, converter);

    /// <summary>
    /// Writes <c>{"data": [...], "meta": {"previous"?, "current": {limit, count}, "next"?}}</c>; cursor values are
    /// written as numbers (<c>long</c>), JSON (<see cref="JsonNode"/>) or strings.
    /// </summary>
    private static Task WritePageAsync<T>(
        HttpContext context,
        IReadOnlyList<T> items,
        int limit,
        IEnumerable<KeyValuePair<string, object>>? previous,
        IEnumerable<KeyValuePair<string, object>>? next,
        JsonConverter<T> converter) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            writer.WriteStartArray();
            foreach (var item in items)
            {
                converter.Write(writer, item, s_options);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("meta"u8);
            writer.WriteStartObject();
            WriteCursor(writer, "previous", previous);
            writer.WritePropertyName("current"u8);
            writer.WriteStartObject();
            writer.WriteNumber("limit"u8, limit);
            writer.WriteNumber("count"u8, items.Count);
            writer.WriteEndObject();
            WriteCursor(writer, "next", next);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    private static IEnumerable<KeyValuePair<string, object>> Cursor(string affix, IEnumerable<KeyValuePair<string, object>> values) =>
        values.Prepend(new("affix", affix));

    private static void WriteCursor(Utf8JsonWriter writer, string name, IEnumerable<KeyValuePair<string, object>>? cursor)
    {
        if (cursor is null)
        {
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteStartObject();
        foreach (var (key, value) in cursor)
        {
            writer.WritePropertyName(key);
            switch (value)
            {
                case long number:
                    writer.WriteNumberValue(number);
                    break;
                case JsonNode node:
                    node.WriteTo(writer);
                    break;
                default:
                    writer.WriteStringValue(value.ToString());
                    break;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"success": true, "data": value}</c>, the AI agents service's answer to a change.</summary>
    public static Task WriteSuccessDataAsync<T>(HttpContext context, T value, JsonConverter<T> converter) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success"u8, true);
            writer.WritePropertyName("data"u8);
            converter.Write(writer, value, s_options);
            writer.WriteEndObject();
        });

    /// <summary>Writes <c>{"success": true, "message": message, "data": value}</c> with the status, as the knowledge base answers changes.</summary>
    public static Task WriteResultAsync<T>(HttpContext context, int status, string message, T value, JsonConverter<T> converter) =>
        JsonResponse.WriteAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success"u8, true);
            writer.WriteString("message"u8, message);
            writer.WritePropertyName("data"u8);
            converter.Write(writer, value, s_options);
            writer.WriteEndObject();
        });

    /// <summary>Writes a bare JSON array, as the bring-your-own agent and tool lists answer.</summary>
    public static Task WriteArrayAsync<T>(HttpContext context, IEnumerable<T> items, JsonConverter<T> converter) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                converter.Write(writer, item, s_options);
            }

            writer.WriteEndArray();
        });

    /// <summary>Writes <c>{"data": value, "meta": {"current": {"limit", "count"}}}</c>, a numbered page of one object.</summary>
    public static Task WriteDataWithCountAsync<T>(HttpContext context, T value, JsonConverter<T> converter, int limit, int count) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data"u8);
            converter.Write(writer, value, s_options);
            writer.WritePropertyName("meta"u8);
            writer.WriteStartObject();
            writer.WritePropertyName("current"u8);
            writer.WriteStartObject();
            writer.WriteNumber("limit"u8, limit);
            writer.WriteNumber("count"u8, count);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>Writes <c>{"success": true, "data": {key: state}}</c>, the AI agents service's answer to a status poll.</summary>
    public static Task WriteSuccessStatesAsync(HttpContext context, IEnumerable<KeyValuePair<string, string>> states) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success"u8, true);
            writer.WritePropertyName("data"u8);
            writer.WriteStartObject();
            foreach (var (key, state) in states)
            {
                writer.WriteString(key, state);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    /// <summary>Writes <paramref name="value"/> as the whole body, without CometChat's <c>data</c> envelope.</summary>
    public static Task WriteBareAsync<T>(HttpContext context, int status, T value, JsonConverter<T> converter) =>
        JsonResponse.WriteAsync(context, status, writer => converter.Write(writer, value, s_options));
}
