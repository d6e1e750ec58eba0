using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Per-message and per-conversation user state: pins, saves, thread subscriptions, interactions, delivery marks,
// conversation pins, tags and resets, and the app-wide pinned conversations.
internal sealed partial class EmulatorStore
{
    private const int MaxPinnedMessages = 100;
    private const int MaxSavedMessages = 100;
    private const int MaxPinnedConversations = 5;

    /// <summary>Per conversation ID, the pinned message IDs (app and user pins together, as the error guide says).</summary>
    private readonly Dictionary<string, List<long>> _pinnedMessages = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<long>> _savedMessages = new(StringComparer.Ordinal);

    private readonly HashSet<(string Uid, long MessageId)> _threadSubscriptions = [];

    private readonly Dictionary<(string Uid, long MessageId), HashSet<string>> _interactions = [];

    /// <summary>Per user and conversation ID, the newest message delivered to the user.</summary>
    private readonly Dictionary<(string Uid, string ConversationId), long> _deliveredUpTo = [];

    /// <summary>Per user, their pinned conversation IDs and when each was pinned.</summary>
    private readonly Dictionary<string, List<(string ConversationId, long PinnedAt)>> _pinnedConversations = new(StringComparer.Ordinal);

    private readonly Dictionary<(string Uid, string ConversationId), List<string>> _conversationTags = [];

    /// <summary>Per user and conversation ID, the newest message the user reset the conversation past (hidden for them).</summary>
    private readonly Dictionary<(string Uid, string ConversationId), long> _clearedUpTo = [];

    private readonly List<(string ConversationId, long PinnedAt)> _appPinnedConversations = [];

    public ActionResult PinMessage(string id, string? actor, bool pin)
    {
        lock (_gate)
        {
            var message = FindVisibleMessage(id, actor);
            Mark(_pinnedMessages, message.ConversationId, message.Id, pin, MaxPinnedMessages, () => new ApiError(
                400, CometChatErrorCodes.PinnedMessagesLimitExceeded, $"The conversation {message.ConversationId} already has {MaxPinnedMessages} pinned messages."));
            return Done($"The message {id} has been {(pin ? "pinned" : "unpinned")} successfully.");
        }
    }

    public ActionResult SaveMessage(string id, string actor, bool save)
    {
        lock (_gate)
        {
            var message = FindVisibleMessage(id, actor);
            var uid = FindActiveUser(actor).Uid;
            Mark(_savedMessages, uid, message.Id, save, MaxSavedMessages, () => new ApiError(
                400, CometChatErrorCodes.SavedMessagesLimitExceeded, $"The user {uid} already has {MaxSavedMessages} saved messages."));
            return Done($"The message {id} has been {(save ? "saved" : "unsaved")} successfully.");
        }
    }

    /// <summary>Adds a message to (or removes it from) the capped list of marked messages under <paramref name="key"/>; adding twice changes nothing.</summary>
    private static void Mark(Dictionary<string, List<long>> marks, string key, long messageId, bool add, int max, Func<ApiError> full)
    {
        if (!marks.TryGetValue(key, out var ids))
        {
            marks[key] = ids = [];
        }

        if (!add)
        {
            ids.Remove(messageId);
        }
        else if (!ids.Contains(messageId))
        {
            if (ids.Count >= max)
            {
                throw full();
            }

            ids.Add(messageId);
        }
    }

    public ActionResult SubscribeToThread(string id, string actor, bool subscribe)
    {
        lock (_gate)
        {
            var message = FindVisibleMessage(id, actor);
            if (message.ParentId is not null)
            {
                throw new ApiError(400, CometChatErrorCodes.MessageThreadNesting, $"The message {id} is a thread reply; subscribe to its parent's thread.");
            }

            var key = (FindActiveUser(actor).Uid, message.Id);
            if (subscribe)
            {
                _threadSubscriptions.Add(key);
            }
            else
            {
                _threadSubscriptions.Remove(key);
            }

            return Done(subscribe ? $"Subscribed to the thread of message {id} successfully." : $"Unsubscribed from the thread of message {id} successfully.");
        }
    }

    public ActionResult MarkInteracted(string id, string actor, IEnumerable<string> interactions)
    {
        lock (_gate)
        {
            var message = FindVisibleMessage(id, actor);
            var uid = FindActiveUser(actor).Uid;
            if (!_interactions.TryGetValue((uid, message.Id), out var marked))
            {
                _interactions[(uid, message.Id)] = marked = new HashSet<string>(StringComparer.Ordinal);
            }

            marked.UnionWith(interactions);
            return Done($"The message id {id} has been marked as interacted for the user {uid}.");
        }
    }

    public ActionResult MarkUserConversationDelivered(string uid, string actor, long? messageId)
    {
        lock (_gate)
        {
            var (viewer, _, conversationId) = UserConversationKey(uid, actor);
            MarkDelivered(viewer, conversationId, messageId);
            return Done("All the messages from the user are marked as delivered for the requesting user.");
        }
    }

    public ActionResult MarkGroupConversationDelivered(string guid, string actor, long? messageId)
    {
        lock (_gate)
        {
            var (viewer, group) = GroupConversationKey(guid, actor);
            MarkDelivered(viewer, "group_" + group.Guid, messageId);
            return Done("All the messages of the group are marked as delivered for the requesting user.");
        }
    }

    public ActionResult PinUserConversation(string uid, string actor, bool pin)
    {
        lock (_gate)
        {
            var (viewer, _, conversationId) = UserConversationKey(uid, actor);
            return PinConversation(viewer, conversationId, pin);
        }
    }

    public ActionResult PinGroupConversation(string guid, string actor, bool pin)
    {
        lock (_gate)
        {
            var (viewer, group) = GroupConversationKey(guid, actor);
            return PinConversation(viewer, "group_" + group.Guid, pin);
        }
    }

    public Conversation TagUserConversation(string uid, string actor, IList<string>? tags)
    {
        lock (_gate)
        {
            var (viewer, _, conversationId) = UserConversationKey(uid, actor);
            RequireMessages(viewer, conversationId);
            _conversationTags[(viewer, conversationId)] = tags is null ? [] : [.. tags];
            return GetUserConversation(uid, actor);
        }
    }

    public Conversation TagGroupConversation(string guid, string actor, IList<string>? tags)
    {
        lock (_gate)
        {
            var (viewer, group) = GroupConversationKey(guid, actor);
            RequireMessages(viewer, "group_" + group.Guid);
            _conversationTags[(viewer, "group_" + group.Guid)] = tags is null ? [] : [.. tags];
            return GetGroupConversation(guid, actor);
        }
    }

    /// <summary>
    /// Resets a conversation for the acting user: its messages so far disappear from their conversation (and, with
    /// <paramref name="permanently"/>, are deleted for everyone).
    /// </summary>
    public ActionResult ResetConversation(string conversationId, string viewer, bool permanently)
    {
        lock (_gate)
        {
            var messages = RequireMessages(viewer, conversationId);
            _clearedUpTo[(viewer, conversationId)] = messages[^1].Id;
            _readUpTo[(viewer, conversationId)] = messages[^1].Id;
            if (permanently)
            {
                foreach (var message in _messages.Values.Where(m => m.ConversationId == conversationId).ToList())
                {
                    _messages.Remove(message.Id);
                }
            }

            return Done($"The conversation {conversationId} has been deleted successfully for UID {viewer}.");
        }
    }

    public ActionResult ResetUserConversation(string uid, string actor, bool permanently)
    {
        lock (_gate)
        {
            var (viewer, _, conversationId) = UserConversationKey(uid, actor);
            return ResetConversation(conversationId, viewer, permanently);
        }
    }

    public ActionResult ResetGroupConversation(string guid, string actor)
    {
        lock (_gate)
        {
            var (viewer, group) = GroupConversationKey(guid, actor);
            return ResetConversation("group_" + group.Guid, viewer, permanently: false);
        }
    }

    /// <summary>The deprecated <c>GET /conversations/{conversationId}</c>: the ID names the user pair or the group.</summary>
    public Conversation GetConversationById(string conversationId, string actor)
    {
        lock (_gate)
        {
            var (kind, target) = ParseConversationId(conversationId, FindActiveUser(actor).Uid);
            return kind == "group" ? GetGroupConversation(target, actor) : GetUserConversation(target, actor);
        }
    }

    /// <summary>The deprecated <c>DELETE /conversations/{conversationId}</c>: resets it for the acting user.</summary>
    public DeleteResult DeleteConversationById(string conversationId, string actor)
    {
        lock (_gate)
        {
            var viewer = FindActiveUser(actor).Uid;
            var (kind, target) = ParseConversationId(conversationId, viewer);
            var result = kind == "group" ? ResetGroupConversation(target, actor) : ResetUserConversation(target, actor, permanently: false);
            return new DeleteResult { Success = result.Success, Message = result.Message };
        }
    }

    /// <summary>The app-wide pinned conversations, in order (as the app sees them: without unread counts).</summary>
    public IList<Conversation> ListAppPinnedConversations()
    {
        lock (_gate)
        {
            return [.. _appPinnedConversations.Select(pin => AppConversation(pin.ConversationId, pin.PinnedAt))];
        }
    }

    public IList<Conversation> ReplaceAppPinnedConversations(IList<PinnedConversationTarget> targets)
    {
        lock (_gate)
        {
            if (targets.Count > MaxPinnedConversations)
            {
                throw new ApiError(400, CometChatErrorCodes.SystemPinnedConversationsLimitExceeded, $"At most {MaxPinnedConversations} conversations can be pinned for everyone.");
            }

            var ids = new List<string>();
            foreach (var target in targets)
            {
                if ((target.Uid is null) == (target.Guid is null))
                {
                    throw ApiError.Validation("pinnedConversations", "Each pinned conversation needs either uid or guid.");
                }

                // An app-wide one-to-one pin names one user: CometChat keys it by that user's app conversation.
                var id = target.Guid is { } guid ? "group_" + FindGroup(guid).Guid : $"{SystemSender}_user_{FindActiveUser(target.Uid!).Uid}";
                if (!ids.Contains(id, StringComparer.Ordinal))
                {
                    ids.Add(id);
                }
            }

            var now = Now();
            _appPinnedConversations.Clear();
            _appPinnedConversations.AddRange(ids.Select(id => (id, now)));
            return [.. _appPinnedConversations.Select(pin => AppConversation(pin.ConversationId, pin.PinnedAt))];
        }
    }

    /// <summary>Sends as a bot: the bot is a user (the emulator has no bot registry, so any active user may be one).</summary>
    public Message SendAsBot(string uid, SendMessageRequest request)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(CometChatIdentifier.Normalize(uid), out var bot) || !bot.IsActive)
            {
                throw new ApiError(404, CometChatErrorCodes.BotNotFound, $"There is no bot with the uid {uid}.");
            }

            return SendMessage(request, bot.Uid);
        }
    }

    private Conversation AppConversation(string conversationId, long pinnedAt)
    {
        var messages = ConversationMessages(conversationId);
        Conversation conversation = conversationId.StartsWith("group_", StringComparison.Ordinal)
            ? new GroupConversation
            {
                ConversationId = conversationId,
                ConversationType = ConversationType.Group,
                ConversationWith = _groups.TryGetValue(conversationId["group_".Length..], out var group) ? ToModel(group, null, includeTags: false) : null,
            }
            : new UserConversation
            {
                ConversationId = conversationId,
                ConversationType = ConversationType.User,
                ConversationWith = _users.TryGetValue(conversationId[(SystemSender.Length + "_user_".Length)..], out var user) ? ToModel(user, includeTags: false) : null,
            };
        conversation.UnreadMessageCount = 0;
        conversation.LastMessage = messages.Count == 0 ? null : ToModel(messages[^1]);
        conversation.CreatedAt = messages.Count == 0 ? FromUnix(pinnedAt) : FromUnix(messages[0].SentAt);
        conversation.UpdatedAt = messages.Count == 0 ? FromUnix(pinnedAt) : FromUnix(messages[^1].SentAt);
        conversation.PinnedAt = FromUnix(pinnedAt);
        conversation.PinnedBy = SystemSender;
        return conversation;
    }

    private static (string Kind, string Target) ParseConversationId(string conversationId, string viewer)
    {
        if (conversationId.StartsWith("group_", StringComparison.Ordinal))
        {
            return ("group", conversationId["group_".Length..]);
        }

        var parts = conversationId.Split("_user_", 2, StringSplitOptions.None);
        if (parts.Length == 2 && (parts[0] == viewer || parts[1] == viewer))
        {
            return ("user", parts[0] == viewer ? parts[1] : parts[0]);
        }

        throw new ApiError(404, CometChatErrorCodes.ConversationNotFound, $"The conversation {conversationId} does not exist for the user {viewer}.");
    }

    private ActionResult PinConversation(string viewer, string conversationId, bool pin)
    {
        RequireMessages(viewer, conversationId);
        if (_appPinnedConversations.Exists(p => p.ConversationId == conversationId))
        {
            throw new ApiError(400, CometChatErrorCodes.SystemPinnedConversation, $"The conversation {conversationId} is pinned for everyone by the app.");
        }

        if (!_pinnedConversations.TryGetValue(viewer, out var pins))
        {
            _pinnedConversations[viewer] = pins = [];
        }

        var index = pins.FindIndex(p => p.ConversationId == conversationId);
        if (pin && index < 0)
        {
            if (pins.Count >= MaxPinnedConversations)
            {
                throw new ApiError(400, CometChatErrorCodes.PinnedConversationsLimitExceeded, $"The user {viewer} already has {MaxPinnedConversations} pinned conversations.");
            }

            pins.Add((conversationId, Now()));
        }
        else if (!pin && index >= 0)
        {
            pins.RemoveAt(index);
        }

        return Done(pin ? "The conversation has been pinned successfully." : "The conversation has been unpinned successfully.");
    }

    private void MarkDelivered(string viewer, string conversationId, long? messageId)
    {
        var messages = RequireMessages(viewer, conversationId);
        if (messageId is { } id && !messages.Exists(m => m.Id == id))
        {
            throw ApiError.MessageNotFound(id.ToString(CultureInfo.InvariantCulture));
        }

        var key = (viewer, conversationId);
        _deliveredUpTo[key] = Math.Max(_deliveredUpTo.GetValueOrDefault(key), messageId ?? messages[^1].Id);
    }

    private List<MessageRecord> RequireMessages(string viewer, string conversationId)
    {
        var messages = ConversationMessages(conversationId);
        return messages.Count == 0 ? throw ConversationNotAccessible(viewer, conversationId) : messages;
    }

    /// <summary>A message the acting user (if any) may see.</summary>
    private MessageRecord FindVisibleMessage(string id, string? actor)
    {
        var message = FindMessage(id);
        if (actor is not null)
        {
            CheckAccess(message, FindActiveUser(actor).Uid, id);
        }

        return message;
    }

    private static ActionResult Done(string message) => new() { Success = true, Message = message };
}
