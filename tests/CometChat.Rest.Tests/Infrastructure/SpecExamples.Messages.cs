namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>The 200 examples of the Messages and Conversations operations.</summary>
public static partial class SpecExamples
{
    /// <summary><c>POST /messages</c> (send-message).</summary>
    public static string SendMessage => All["send-message"];

    /// <summary><c>GET /messages</c> (list-messages).</summary>
    public static string ListMessages => All["list-messages"];

    /// <summary><c>GET /messages/{id}</c> (get-message).</summary>
    public static string GetMessage => All["get-message"];

    /// <summary><c>PUT /messages/{id}</c> (update-message).</summary>
    public static string UpdateMessage => All["update-message"];

    /// <summary><c>DELETE /messages/{id}</c> (delete-message).</summary>
    public static string DeleteMessage => All["delete-message"];

    /// <summary><c>GET /messages/{id}/reactions</c> (list-message-reactions).</summary>
    public static string ListMessageReactions => All["list-message-reactions"];

    /// <summary><c>GET /messages/{id}/reactions/{reaction}</c> (list-message-reactions-by-reaction).</summary>
    public static string ListMessageReactionsByReaction => All["list-message-reactions-by-reaction"];

    /// <summary><c>POST /messages/{id}/reactions/{reaction}</c> (add-message-reaction).</summary>
    public static string AddMessageReaction => All["add-message-reaction"];

    /// <summary><c>DELETE /messages/{id}/reactions/{reaction}</c> (remove-message-reaction).</summary>
    public static string RemoveMessageReaction => All["remove-message-reaction"];

    /// <summary><c>PATCH /messages/{id}/interacted</c> (mark-message-interacted).</summary>
    public static string MarkMessageInteracted => All["mark-message-interacted"];

    /// <summary><c>POST /messages/{id}/thread</c> (send-thread-message).</summary>
    public static string SendThreadMessage => All["send-thread-message"];

    /// <summary><c>GET /messages/{id}/thread</c> (list-thread-messages).</summary>
    public static string ListThreadMessages => All["list-thread-messages"];

    /// <summary><c>GET /users/{uid}/messages</c> (list-user-messages).</summary>
    public static string ListUserMessages => All["list-user-messages"];

    /// <summary><c>GET /groups/{guid}/messages</c> (list-group-messages).</summary>
    public static string ListGroupMessages => All["list-group-messages"];

    /// <summary><c>POST /bots/{uid}/messages</c> (send-bot-message).</summary>
    public static string SendBotMessage => All["send-bot-message"];

    /// <summary><c>POST /messages/{id}/pin</c> (pin-message).</summary>
    public static string PinMessage => All["pin-message"];

    /// <summary><c>DELETE /messages/{id}/pin</c> (unpin-message).</summary>
    public static string UnpinMessage => All["unpin-message"];

    /// <summary><c>POST /messages/{id}/save</c> (save-message).</summary>
    public static string SaveMessage => All["save-message"];

    /// <summary><c>DELETE /messages/{id}/save</c> (unsave-message).</summary>
    public static string UnsaveMessage => All["unsave-message"];

    /// <summary><c>POST /messages/{id}/thread/subscription</c> (subscribe-thread).</summary>
    public static string SubscribeThread => All["subscribe-thread"];

    /// <summary><c>DELETE /messages/{id}/thread/subscription</c> (unsubscribe-thread).</summary>
    public static string UnsubscribeThread => All["unsubscribe-thread"];

    /// <summary><c>GET /conversations</c> (list-conversations).</summary>
    public static string ListConversations => All["list-conversations"];

    /// <summary><c>GET /conversations/{conversationId}</c> (get-conversation).</summary>
    public static string GetConversation => All["get-conversation"];

    /// <summary><c>DELETE /conversations/{conversationId}</c> (delete-conversation).</summary>
    public static string DeleteConversation => All["delete-conversation"];

    /// <summary><c>GET /users/{uid}/conversation</c> (get-user-conversation).</summary>
    public static string GetUserConversation => All["get-user-conversation"];

    /// <summary><c>PUT /users/{uid}/conversation</c> (update-user-conversation).</summary>
    public static string UpdateUserConversation => All["update-user-conversation"];

    /// <summary><c>DELETE /users/{uid}/conversation</c> (reset-user-conversation).</summary>
    public static string ResetUserConversation => All["reset-user-conversation"];

    /// <summary><c>POST /users/{uid}/conversation/delivered</c> (mark-user-conversation-delivered).</summary>
    public static string MarkUserConversationDelivered => All["mark-user-conversation-delivered"];

    /// <summary><c>POST /users/{uid}/conversation/read</c> (mark-user-conversation-read).</summary>
    public static string MarkUserConversationRead => All["mark-user-conversation-read"];

    /// <summary><c>DELETE /users/{uid}/conversation/read</c> (mark-user-conversation-unread).</summary>
    public static string MarkUserConversationUnread => All["mark-user-conversation-unread"];

    /// <summary><c>POST /users/{uid}/conversation/pin</c> (pin-user-conversation).</summary>
    public static string PinUserConversation => All["pin-user-conversation"];

    /// <summary><c>DELETE /users/{uid}/conversation/pin</c> (unpin-user-conversation).</summary>
    public static string UnpinUserConversation => All["unpin-user-conversation"];

    /// <summary><c>GET /groups/{guid}/conversation</c> (get-group-conversation).</summary>
    public static string GetGroupConversation => All["get-group-conversation"];

    /// <summary><c>PUT /groups/{guid}/conversation</c> (update-group-conversation).</summary>
    public static string UpdateGroupConversation => All["update-group-conversation"];

    /// <summary><c>DELETE /groups/{guid}/conversation</c> (reset-group-conversation).</summary>
    public static string ResetGroupConversation => All["reset-group-conversation"];

    /// <summary><c>POST /groups/{guid}/conversation/delivered</c> (mark-group-conversation-delivered).</summary>
    public static string MarkGroupConversationDelivered => All["mark-group-conversation-delivered"];

    /// <summary><c>POST /groups/{guid}/conversation/read</c> (mark-group-conversation-read).</summary>
    public static string MarkGroupConversationRead => All["mark-group-conversation-read"];

    /// <summary><c>DELETE /groups/{guid}/conversation/read</c> (mark-group-conversation-unread).</summary>
    public static string MarkGroupConversationUnread => All["mark-group-conversation-unread"];

    /// <summary><c>POST /groups/{guid}/conversation/pin</c> (pin-group-conversation).</summary>
    public static string PinGroupConversation => All["pin-group-conversation"];

    /// <summary><c>DELETE /groups/{guid}/conversation/pin</c> (unpin-group-conversation).</summary>
    public static string UnpinGroupConversation => All["unpin-group-conversation"];

    /// <summary><c>GET /conversations/pinned</c> (list-pinned-conversations).</summary>
    public static string ListPinnedConversations => All["list-pinned-conversations"];

    /// <summary><c>PUT /conversations/pinned</c> (replace-pinned-conversations).</summary>
    public static string ReplacePinnedConversations => All["replace-pinned-conversations"];
}
