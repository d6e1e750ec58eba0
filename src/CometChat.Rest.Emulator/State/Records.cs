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
