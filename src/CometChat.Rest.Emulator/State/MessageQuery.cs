using System.Collections.Generic;

namespace CometChat.Rest.Emulator.State;

/// <summary>The message-list filters the emulator supports so far, already checked.</summary>
internal sealed class MessageQuery
{
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Messages carrying any of these tags match.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool WithTags { get; init; }

    public string? Sender { get; init; }

    /// <summary>Text the message must contain (case-insensitively).</summary>
    public string? SearchKey { get; init; }

    /// <summary>Unix time the message was sent at or after.</summary>
    public long? FromTimestamp { get; init; }

    /// <summary>Unix time the message was sent at or before; only with <see cref="FromTimestamp"/>.</summary>
    public long? ToTimestamp { get; init; }

    /// <summary><c>user</c> or <c>group</c>.</summary>
    public string? ReceiverType { get; init; }

    public string? ConversationId { get; init; }

    public bool HideDeleted { get; init; }

    public bool OnlyDeleted { get; init; }

    public bool HideReplies { get; init; }

    public bool? HasAttachments { get; init; }

    /// <summary>Media types (image, video, audio, file) of which the message must be one.</summary>
    public IReadOnlyList<string> AttachmentTypes { get; init; } = [];

    public bool? HasMentions { get; init; }

    /// <summary>Messages mentioning any of these users (written <c>&lt;@uid:UID&gt;</c>) match.</summary>
    public IReadOnlyList<string> MentionedUids { get; init; } = [];

    public bool? HasLinks { get; init; }

    /// <summary>With the acting user: messages they reacted to (true) or did not (false).</summary>
    public bool? HasReactions { get; init; }

    /// <summary>With the acting user: only messages mentioning them.</summary>
    public bool MyMentionsOnly { get; init; }

    /// <summary>With the acting user: leave out messages from users they blocked.</summary>
    public bool HideMessagesFromBlockedUsers { get; init; }

    /// <summary>With the acting user: only messages from others after what they marked read.</summary>
    public bool UnreadOnly { get; init; }

    /// <summary>With the acting user: only messages from others after what they marked delivered (or read).</summary>
    public bool Undelivered { get; init; }
}
