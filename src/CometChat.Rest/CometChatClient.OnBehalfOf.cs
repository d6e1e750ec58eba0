using CometChat.Rest.Core;

namespace CometChat.Rest;

/// <content>Acting for a user.</content>
public partial class CometChatClient
{
    /// <summary>
    /// A view of this client that acts for the user <paramref name="uid"/>: every call made through it sends the
    /// <c>onBehalfOf</c> header, except where an operation's own <c>onBehalfOf</c> argument is given, which wins.
    /// </summary>
    /// <remarks>
    /// Cheap to create per request or per user: the view shares this client's connections, retries, rate-limit state
    /// and client-side limiter, and disposing it releases nothing. Dispose the original client, not the views.
    /// </remarks>
    /// <param name="uid">The user to act for: 1 to 100 characters of <c>a-z A-Z 0-9 _ -</c>.</param>
    /// <exception cref="System.ArgumentException"><paramref name="uid"/> is null, empty or breaks CometChat's UID rule.</exception>
    public virtual CometChatClient OnBehalfOf(string uid) => new(_transport.WithOnBehalfOf(uid));
}
