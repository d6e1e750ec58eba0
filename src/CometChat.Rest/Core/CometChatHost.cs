namespace CometChat.Rest.Core;

/// <summary>Which CometChat API host an operation is served from.</summary>
public enum CometChatHost
{
    /// <summary><c>https://{appId}.api-{region}.cometchat.io/v3</c>: everything but calls.</summary>
    Chat,

    /// <summary><c>https://{appId}.call-{region}.cometchat.io/v3</c>: the Calls API.</summary>
    Calls,
}
