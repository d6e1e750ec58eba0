using System.Collections.Generic;

namespace CometChat.Rest.Emulator.State;

/// <summary>The filters of <c>GET /groups</c>, already checked.</summary>
internal sealed class GroupQuery
{
    /// <summary>Prefix to match (case-insensitively) against the name and/or the GUID.</summary>
    public string? SearchKey { get; init; }

    public bool SearchInName { get; init; } = true;

    public bool SearchInGuid { get; init; } = true;

    /// <summary>Group types to keep; empty keeps every type.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Groups carrying any of these tags match.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool WithTags { get; init; }

    /// <summary>Only groups the <c>onBehalfOf</c> user is a member of.</summary>
    public bool HasJoined { get; init; }

    /// <summary><c>name</c>, <c>guid</c> or <c>createdAt</c>.</summary>
    public string SortBy { get; init; } = "createdAt";

    public bool Descending { get; init; }

    /// <summary>With <see cref="UpdatedAt"/>: <c>append</c> keeps groups updated after it, <c>prepend</c> before it.</summary>
    public string? Affix { get; init; }

    public long? UpdatedAt { get; init; }
}
