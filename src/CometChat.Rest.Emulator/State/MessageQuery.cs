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
}
