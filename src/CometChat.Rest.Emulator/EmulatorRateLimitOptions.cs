namespace CometChat.Rest.Emulator;

/// <summary>
/// CometChat's per-minute request budgets. Core operations (creating users, auth tokens and groups, deleting users)
/// share one budget and everything else another, counted in fixed one-minute windows of the emulator's clock.
/// </summary>
public sealed class EmulatorRateLimitOptions
{
    /// <summary>
    /// When true, a request over its budget is refused with <c>429 ERR_TOO_MANY_REQUESTS</c>, <c>Retry-After</c>
    /// and <c>X-Rate-Limit-Reset</c>. When false (the default) requests are only counted: the
    /// <c>X-Rate-Limit</c> and <c>X-Rate-Limit-Remaining</c> headers are sent either way.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Requests per minute for core operations. Defaults to CometChat's 10,000.</summary>
    public int CoreRequestsPerMinute { get; set; } = 10_000;

    /// <summary>Requests per minute for standard operations (all others). Defaults to CometChat's 20,000.</summary>
    public int StandardRequestsPerMinute { get; set; } = 20_000;
}
