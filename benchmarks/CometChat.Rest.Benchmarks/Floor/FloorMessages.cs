using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CometChat.Rest.Benchmarks.Floor;

// Messages as a hand-written source-generated client models them. System.Text.Json picks a derived type by one
// discriminator, and CometChat's messages are told apart by two (category, then type), so the floor reads every
// message into one class whose data holds the union of the members text, media, custom and action messages
// carry. Entity references (user or group) use System.Text.Json's own polymorphism; CometChat writes entityType
// after entity, hence AllowOutOfOrderMetadataProperties on the context.

public sealed class FloorCursorListEnvelope<T>
{
    [JsonPropertyName("data")]
    public List<T> Data { get; set; } = [];

    [JsonPropertyName("meta")]
    public JsonObject? Meta { get; set; }
}

public sealed class FloorMessage
{
    [JsonPropertyName("id")]
    public required string Id { get; set; }

    [JsonPropertyName("muid")]
    public string? Muid { get; set; }

    [JsonPropertyName("conversationId")]
    public string? ConversationId { get; set; }

    [JsonPropertyName("sender")]
    public string? Sender { get; set; }

    [JsonPropertyName("receiver")]
    public string? Receiver { get; set; }

    [JsonPropertyName("receiverType")]
    public string? ReceiverType { get; set; }

    [JsonPropertyName("category")]
    public required string Category { get; set; }

    [JsonPropertyName("type")]
    public required string Type { get; set; }

    [JsonPropertyName("parentId")]
    public string? ParentId { get; set; }

    [JsonPropertyName("data")]
    public FloorMessageData? Data { get; set; }

    [JsonPropertyName("sentAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? SentAt { get; set; }

    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonPropertyName("editedAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? EditedAt { get; set; }

    [JsonPropertyName("deletedAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? DeletedAt { get; set; }

    [JsonPropertyName("tags")]
    public List<string>? Tags { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class FloorMessageData
{
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("attachments")]
    public List<FloorAttachment>? Attachments { get; set; }

    [JsonPropertyName("customData")]
    public JsonObject? CustomData { get; set; }

    [JsonPropertyName("action")]
    public string? Action { get; set; }

    [JsonPropertyName("metadata")]
    public JsonObject? Metadata { get; set; }

    [JsonPropertyName("entities")]
    public FloorEntities? Entities { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed class FloorAttachment
{
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("mimeType")]
    public string? MimeType { get; set; }

    [JsonPropertyName("extension")]
    public string? Extension { get; set; }

    [JsonPropertyName("size")]
    public long? Size { get; set; }
}

public sealed class FloorEntities
{
    [JsonPropertyName("sender")]
    public FloorEntityReference? Sender { get; set; }

    [JsonPropertyName("receiver")]
    public FloorEntityReference? Receiver { get; set; }

    [JsonPropertyName("by")]
    public FloorEntityReference? By { get; set; }

    [JsonPropertyName("on")]
    public FloorEntityReference? On { get; set; }

    [JsonPropertyName("for")]
    public FloorEntityReference? For { get; set; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "entityType",
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToBaseType)]
[JsonDerivedType(typeof(FloorUserReference), "user")]
[JsonDerivedType(typeof(FloorGroupReference), "group")]
public class FloorEntityReference
{
}

public sealed class FloorUserReference : FloorEntityReference
{
    [JsonPropertyName("entity")]
    public FloorUser? Entity { get; set; }
}

public sealed class FloorGroupReference : FloorEntityReference
{
    [JsonPropertyName("entity")]
    public FloorGroup? Entity { get; set; }
}

public sealed class FloorGroup
{
    [JsonPropertyName("guid")]
    public required string Guid { get; set; }

    [JsonPropertyName("name")]
    public required string Name { get; set; }

    [JsonPropertyName("type")]
    public required string Type { get; set; }

    [JsonPropertyName("icon")]
    public string? Icon { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("owner")]
    public string? Owner { get; set; }

    [JsonPropertyName("metadata")]
    public JsonObject? Metadata { get; set; }

    [JsonPropertyName("membersCount")]
    public int? MembersCount { get; set; }

    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("tags")]
    public List<string>? Tags { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The body of <c>POST /messages</c>, members in the order CometChat documents them.</summary>
public sealed class FloorSendMessageRequest
{
    [JsonPropertyName("receiver")]
    public string? Receiver { get; set; }

    [JsonPropertyName("receiverType")]
    public string? ReceiverType { get; set; }

    [JsonPropertyName("muid")]
    public string? Muid { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("data")]
    public FloorSendMessageData? Data { get; set; }

    [JsonPropertyName("tags")]
    public List<string>? Tags { get; set; }
}

public sealed class FloorSendMessageData
{
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("metadata")]
    public JsonObject? Metadata { get; set; }
}
