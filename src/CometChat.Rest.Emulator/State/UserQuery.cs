using System.Collections.Generic;

namespace CometChat.Rest.Emulator.State;

/// <summary>The filters of <c>GET /users</c>, already checked.</summary>
internal sealed class UserQuery
{
    /// <summary>Prefix to match (case-insensitively) against the name and/or the UID.</summary>
    public string? SearchKey { get; init; }

    public bool SearchInName { get; init; } = true;

    public bool SearchInUid { get; init; } = true;

    /// <summary><c>available</c> or <c>offline</c>.</summary>
    public string? Status { get; init; }

    public string? Role { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Users carrying any of these tags match.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool WithTags { get; init; }

    public bool OnlyDeactivated { get; init; }

    public bool WithDeactivated { get; init; }
}
