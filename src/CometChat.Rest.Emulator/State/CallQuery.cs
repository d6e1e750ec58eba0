namespace CometChat.Rest.Emulator.State;

/// <summary>The filters of <c>GET /calls</c>, already checked. Null means "any".</summary>
internal sealed class CallQuery
{
    public string? Type { get; init; }

    public string? Mode { get; init; }

    public string? Status { get; init; }

    public string? ReceiverType { get; init; }

    public int? ParticipantsCount { get; init; }

    /// <summary>Calls that started at or after this Unix time.</summary>
    public long? StartedAt { get; init; }

    /// <summary>Calls that ended at or before this Unix time.</summary>
    public long? EndedAt { get; init; }

    public bool? HasRecording { get; init; }

    public bool? HasTranscription { get; init; }

    /// <summary>Calls this user took part in (as initiator, receiver or participant).</summary>
    public string? Uid { get; init; }
}
