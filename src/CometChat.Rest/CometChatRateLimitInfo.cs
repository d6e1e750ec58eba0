using System;

namespace CometChat.Rest;

/// <summary>
/// The rate-limit headers of the last CometChat response that carried them (<c>X-Rate-Limit</c>,
/// <c>X-Rate-Limit-Remaining</c>, <c>X-Rate-Limit-Reset</c>). Read it from <c>CometChatClient.LastRateLimit</c>.
/// </summary>
public sealed class CometChatRateLimitInfo
{
    internal CometChatRateLimitInfo(int? limit, int? remaining, DateTimeOffset? reset, DateTimeOffset observedAt)
    {
        Limit = limit;
        Remaining = remaining;
        Reset = reset;
        ObservedAt = observedAt;
    }

    /// <summary>Requests allowed per window (<c>X-Rate-Limit</c>), if sent.</summary>
    public int? Limit { get; }

    /// <summary>Requests left in the current window (<c>X-Rate-Limit-Remaining</c>), if sent.</summary>
    public int? Remaining { get; }

    /// <summary>When the window resets (<c>X-Rate-Limit-Reset</c>), if sent.</summary>
    public DateTimeOffset? Reset { get; }

    /// <summary>When the client received the response.</summary>
    public DateTimeOffset ObservedAt { get; }
}
