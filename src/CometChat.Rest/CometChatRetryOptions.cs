using System;

namespace CometChat.Rest;

/// <summary>
/// When and how the client sends a failed request again. Set through <see cref="CometChatClientOptions.Retry"/>.
/// </summary>
/// <remarks>
/// <para>
/// A <c>429 Too Many Requests</c> is retried for every method (CometChat did not process the request), after the
/// wait its <c>Retry-After</c> (or <c>X-Rate-Limit-Reset</c>) header asks for. Server errors (500, 502, 503, 504),
/// timeouts and dropped connections are retried only for GET, PUT and DELETE, which CometChat treats as idempotent:
/// a POST or PATCH is never sent twice once it may have reached the server. A connection that could not be opened
/// at all (refused, host not found) is retried for every method.
/// </para>
/// <para>
/// There is no overall deadline here: the whole call, retries and waits included, ends when the caller's
/// <see cref="System.Threading.CancellationToken"/> is cancelled. Note that <see cref="System.Net.Http.HttpClient.Timeout"/>
/// (<see cref="CometChatClientOptions.Timeout"/>) applies to each attempt separately.
/// </para>
/// </remarks>
public sealed class CometChatRetryOptions
{
    /// <summary>How many times a failed request may be sent again. Defaults to 3; 0 turns retries off.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; each retry doubles it, with jitter. Defaults to 0.5 seconds.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>The longest backoff delay between two attempts. Defaults to 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest wait a 429's <c>Retry-After</c> is honoured for. When CometChat asks for a longer wait the call fails
    /// at once with the 429 (see <see cref="CometChatException.RetryAfter"/>). Defaults to 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Time allowed for each attempt until the response headers arrive; an attempt that takes longer counts as a
    /// timeout (retried for idempotent methods). Null (the default) sets no per-attempt limit beyond
    /// <see cref="CometChatClientOptions.Timeout"/>.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; }

    internal void Validate()
    {
        if (MaxRetries < 0)
        {
            throw new ArgumentException("CometChatClientOptions.Retry.MaxRetries cannot be negative (0 turns retries off).", nameof(MaxRetries));
        }

        if (BaseDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("CometChatClientOptions.Retry.BaseDelay cannot be negative.", nameof(BaseDelay));
        }

        if (MaxDelay < BaseDelay)
        {
            throw new ArgumentException("CometChatClientOptions.Retry.MaxDelay cannot be shorter than BaseDelay.", nameof(MaxDelay));
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            throw new ArgumentException("CometChatClientOptions.Retry.MaxRetryAfter cannot be negative.", nameof(MaxRetryAfter));
        }

        if (AttemptTimeout is { } timeout && (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromDays(1)))
        {
            throw new ArgumentException("CometChatClientOptions.Retry.AttemptTimeout must be positive and at most one day, or null.", nameof(AttemptTimeout));
        }
    }
}
