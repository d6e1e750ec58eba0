using System.Collections.Generic;

namespace CometChat.Rest.Emulator.State;

/// <summary>The conversation-list filters, already checked.</summary>
internal sealed class ConversationQuery
{
    /// <summary><c>user</c> or <c>group</c>.</summary>
    public string? Type { get; init; }

    public bool UnreadOnly { get; init; }

    /// <summary>A case-insensitive prefix of the other user's or the group's name or ID.</summary>
    public string? SearchKey { get; init; }

    /// <summary>Conversations the viewer tagged with any of these match.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>One-to-one conversations with a user carrying any of these tags match.</summary>
    public IReadOnlyList<string> UserTags { get; init; } = [];

    /// <summary>Group conversations of a group carrying any of these tags match.</summary>
    public IReadOnlyList<string> GroupTags { get; init; } = [];

    /// <summary>Return the conversations' own tags.</summary>
    public bool WithTags { get; init; }

    /// <summary>Return the tags of the user or group each conversation is with.</summary>
    public bool WithUserAndGroupTags { get; init; }
}
