namespace CometChat.Rest;

/// <content>Rate-limit monitoring.</content>
public partial class CometChatClient
{
    /// <summary>
    /// The rate-limit headers of the last response that carried them, or null before any did. Safe to read while
    /// calls are in flight; use it to slow down bulk work before CometChat answers 429.
    /// </summary>
    public CometChatRateLimitInfo? LastRateLimit => _transport.LastRateLimit;
}
