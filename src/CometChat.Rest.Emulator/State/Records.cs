using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace CometChat.Rest.Emulator.State;

// The store's mutable records. They are only read or changed while EmulatorStore holds its lock; callers get
// generated model objects copied from them.

/// <summary>A stored user.</summary>
internal sealed class UserRecord
{
    public required string Uid { get; init; }

    public required string Name { get; set; }

    public string? Avatar { get; set; }

    public string? Link { get; set; }

    public required string Role { get; set; }

    public string? StatusMessage { get; set; }

    public JsonObject? Metadata { get; set; }

    public List<string> Tags { get; set; } = [];

    public required long CreatedAt { get; init; }

    public long? UpdatedAt { get; set; }

    public long? DeactivatedAt { get; set; }

    /// <summary>The user's auth tokens, oldest first.</summary>
    public List<AuthTokenRecord> Tokens { get; } = [];

    public bool IsActive => DeactivatedAt is null;
}

/// <summary>A stored auth token.</summary>
internal sealed class AuthTokenRecord
{
    public required string Token { get; init; }

    public required string Uid { get; init; }

    public required long CreatedAt { get; init; }

    public string? Platform { get; set; }

    public string? UserAgent { get; set; }

    public JsonObject? AppInfo { get; set; }
}

/// <summary>A stored API key.</summary>
internal sealed class ApiKeyRecord
{
    public required string Key { get; init; }

    public required string Name { get; set; }

    public required string Scope { get; set; }

    public required long CreatedAt { get; init; }

    /// <summary>Creation order, to order keys created in the same second.</summary>
    public required long Sequence { get; init; }
}

/// <summary>A stored group. Members and bans are keyed by UID.</summary>
internal sealed class GroupRecord
{
    public required string Guid { get; init; }

    public required string Name { get; set; }

    public required string Type { get; set; }

    public string? Password { get; set; }

    public string? Icon { get; set; }

    public string? Description { get; set; }

    /// <summary>The owner's UID, or null when the app (a system user) owns the group.</summary>
    public string? Owner { get; set; }

    public JsonObject? Metadata { get; set; }

    public List<string> Tags { get; set; } = [];

    public required long CreatedAt { get; init; }

    public long? UpdatedAt { get; set; }

    /// <summary>Creation order, to order groups created in the same second.</summary>
    public required long Sequence { get; init; }

    public Dictionary<string, MemberRecord> Members { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Banned UIDs and when they were banned.</summary>
    public Dictionary<string, long> Banned { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Permissions set per member scope (<c>admin</c>, <c>moderator</c>, <c>participant</c>).</summary>
    public Dictionary<string, JsonObject> ScopePermissions { get; } = new(System.StringComparer.Ordinal);
}

/// <summary>A user's membership of a group.</summary>
internal sealed class MemberRecord
{
    public required string Uid { get; init; }

    public required string Scope { get; set; }

    public required long JoinedAt { get; init; }

    /// <summary>Join order, to order members who joined in the same second.</summary>
    public required long Sequence { get; init; }
}

/// <summary>A stored role.</summary>
internal sealed class RoleRecord
{
    public required string Role { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public JsonObject? Metadata { get; set; }

    public string? ListUsers { get; set; }

    public string? SendMessagesTo { get; set; }

    public required long CreatedAt { get; init; }

    public long? UpdatedAt { get; set; }

    public required long Sequence { get; init; }

    /// <summary>Restricted feature keys and when they were restricted, in restriction order.</summary>
    public List<KeyValuePair<string, long>> RestrictedFeatures { get; } = [];

    /// <summary>The permissions set on the role (RBAC).</summary>
    public JsonObject Permissions { get; } = [];
}

/// <summary>A relationship from one user to another (a friendship or a block), with when it was made.</summary>
internal readonly record struct Relation(string Uid, long Since, long Sequence);

/// <summary>A stored message (text or custom, so far).</summary>
internal sealed class MessageRecord
{
    public required long Id { get; init; }

    public string? Muid { get; init; }

    public required string ConversationId { get; init; }

    public required string Sender { get; init; }

    public required string Receiver { get; init; }

    public required string ReceiverType { get; init; }

    public required string Category { get; init; }

    public required string Type { get; init; }

    public string? Text { get; set; }

    public JsonObject? CustomData { get; set; }

    public JsonObject? Metadata { get; set; }

    public List<string> Tags { get; set; } = [];

    public required long SentAt { get; init; }

    /// <summary>The message whose thread this reply is in.</summary>
    public long? ParentId { get; init; }

    public long? EditedAt { get; set; }

    public string? EditedBy { get; set; }

    public long? DeletedAt { get; set; }

    public string? DeletedBy { get; set; }

    /// <summary>Per reaction (an emoji or any text), the UIDs that reacted, in order.</summary>
    public Dictionary<string, List<string>> Reactions { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Each reaction with its ID and time, oldest first (the reaction lists page through these).</summary>
    public List<ReactionRecord> ReactionLog { get; } = [];

    /// <summary>Files of a media message.</summary>
    public List<CometChat.Rest.Models.MessageAttachment>? Attachments { get; init; }

    /// <summary>For an action message (type message): edited or deleted.</summary>
    public string? Action { get; init; }

    /// <summary>For an action message: the message edited or deleted.</summary>
    public long? ActionOn { get; init; }
}

internal sealed record ReactionRecord(long Id, string Reaction, string Uid, long ReactedAt);
