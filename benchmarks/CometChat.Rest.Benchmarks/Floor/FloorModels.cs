using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CometChat.Rest.Benchmarks.Floor;

// The floor's models carry what ours carry, typed the same way (timestamps as DateTimeOffset, metadata as a
// JsonObject, unknown members kept), so both sides do the same work per member.

public sealed class FloorDataEnvelope<T>
{
    [JsonPropertyName("data")]
    public T Data { get; set; } = default!;
}

public sealed class FloorListEnvelope<T>
{
    [JsonPropertyName("data")]
    public List<T> Data { get; set; } = [];

    [JsonPropertyName("meta")]
    public FloorPageMeta? Meta { get; set; }
}

public sealed class FloorPageMeta
{
    [JsonPropertyName("pagination")]
    public FloorPagination? Pagination { get; set; }
}

public sealed class FloorPagination
{
    [JsonPropertyName("total")]
    public int Total { get; set; }

    [JsonPropertyName("count")]
    public int Count { get; set; }

    [JsonPropertyName("per_page")]
    public int PerPage { get; set; }

    [JsonPropertyName("current_page")]
    public int CurrentPage { get; set; }

    [JsonPropertyName("total_pages")]
    public int TotalPages { get; set; }
}

public sealed class FloorUser
{
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    [JsonPropertyName("name")]
    public required string Name { get; set; }

    [JsonPropertyName("avatar")]
    public string? Avatar { get; set; }

    [JsonPropertyName("link")]
    public string? Link { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("statusMessage")]
    public string? StatusMessage { get; set; }

    [JsonPropertyName("metadata")]
    public JsonObject? Metadata { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonPropertyName("deactivatedAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? DeactivatedAt { get; set; }

    [JsonPropertyName("lastActiveAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? LastActiveAt { get; set; }

    [JsonPropertyName("tags")]
    public List<string>? Tags { get; set; }

    [JsonPropertyName("authToken")]
    public string? AuthToken { get; set; }

    [JsonPropertyName("conversationId")]
    public string? ConversationId { get; set; }

    [JsonPropertyName("blockedByMe")]
    public bool? BlockedByMe { get; set; }

    [JsonPropertyName("blockedByMeAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? BlockedByMeAt { get; set; }

    [JsonPropertyName("hasBlockedMe")]
    public bool? HasBlockedMe { get; set; }

    [JsonPropertyName("blockedAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? BlockedAt { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>CometChat's timestamps are Unix seconds.</summary>
public sealed class UnixSecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64());

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
