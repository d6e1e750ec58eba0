using System;

namespace CometChat.Rest.Emulator;

/// <summary>
/// Failures the emulator injects on purpose, to test a client's retries and error handling. All off by default.
/// Each request draws from one random sequence started from <see cref="Seed"/>, so a run with the same seed and the
/// same requests in the same order fails the same requests.
/// </summary>
public sealed class EmulatorFaultOptions
{
    /// <summary>Fraction of requests (0 to 1) answered with a server error: half <c>500 ERR_EXCEPTION</c>, half <c>503 ERR_MISSION_FAILED</c>.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Fraction of requests (0 to 1) whose connection is dropped without an answer.</summary>
    public double DropRate { get; set; }

    /// <summary>
    /// Fraction of requests (0 to 1) that start a burst of <see cref="TooManyRequestsBurstLength"/> consecutive
    /// <c>429 ERR_TOO_MANY_REQUESTS</c> answers.
    /// </summary>
    public double TooManyRequestsRate { get; set; }

    /// <summary>How many consecutive requests a 429 burst refuses. Defaults to 3.</summary>
    public int TooManyRequestsBurstLength { get; set; } = 3;

    /// <summary>The <c>Retry-After</c> an injected 429 asks for. Defaults to 1 second.</summary>
    public TimeSpan TooManyRequestsRetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time added before every request is handled (on the emulator's clock). Defaults to none.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// Share (0 to 1) of the injected server errors and dropped connections that happen after the request was
    /// processed: the change is made, but the answer is lost, as when a real server fails late. Defaults to 0
    /// (every fault strikes before the request is handled). Clients must then reconcile instead of resending.
    /// </summary>
    public double AfterProcessingShare { get; set; }

    /// <summary>The seed of the random sequence; null for a random seed (runs are then not repeatable).</summary>
    public int? Seed { get; set; }

    internal bool Any => ErrorRate > 0 || DropRate > 0 || TooManyRequestsRate > 0 || Latency > TimeSpan.Zero;
}
