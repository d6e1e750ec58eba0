using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Shared by the AI agent resources (API tools, MCP servers, frontend actions): their records are the generated models
// themselves, copied in and out, with millisecond times as the AI agents service answers.
internal sealed partial class EmulatorStore
{
    private static readonly JsonSerializerOptions s_copyOptions = new();

    private long _lastAiTimestamp;

    /// <summary>
    /// The current time in Unix milliseconds, made strictly increasing: the AI lists page by <c>createdAt</c>, so two
    /// records must never share one.
    /// </summary>
    private long NextAiTimestamp()
    {
        _lastAiTimestamp = Math.Max(_time.GetUtcNow().ToUnixTimeMilliseconds(), _lastAiTimestamp + 1);
        return _lastAiTimestamp;
    }

    /// <summary>A cursor page of copies of the records, newest first by <c>createdAt</c> (unique: see <see cref="NextAiTimestamp"/>).</summary>
    private static CursorSlice<T> NewestFirst<T>(IEnumerable<T> records, Func<T, long?> createdAt, CursorRequest paging, JsonConverter<T> converter)
    {
        var page = paging.Slice(records.OrderByDescending(createdAt).ToList(), record => createdAt(record)!.Value);
        return page with { Items = [.. page.Items.Select(record => Copy(record, converter))] };
    }

    /// <summary>A deep copy through the generated converter, so callers never share a stored record.</summary>
    private static T Copy<T>(T value, JsonConverter<T> converter)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, s_copyOptions);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        return converter.Read(ref reader, typeof(T), s_copyOptions)!;
    }

    /// <summary>The function definition CometChat gives the model for a tool with these parameters.</summary>
    private static ToolFunction ToolFunctionFor(string name, string? description, IList<AgentToolParameter>? parameters) => new()
    {
        Name = name,
        Description = description,
        Parameters = new ToolParameters
        {
            Type = "object",
            Properties = (parameters ?? []).ToDictionary(
                parameter => parameter.Key,
                parameter => new ToolParameterProperty { Type = parameter.Type, Description = parameter.Description },
                StringComparer.Ordinal),
            Required = [.. (parameters ?? []).Where(parameter => parameter.Required == true).Select(parameter => parameter.Key)],
        },
    };

    /// <summary>A MongoDB-style object ID, like the <c>_id</c> of CometChat's AI records.</summary>
    private static string NewObjectId() => RandomHex(24);
}
