using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Conversations, derived from the messages: the first slice (get a user's or group's conversation with its unread
// count, mark it read).
internal sealed partial class EmulatorStore
{
    /// <summary>Per user and conversation ID, the ID of the newest message the user has read.</summary>
    private readonly Dictionary<(string Uid, string ConversationId), long> _readUpTo = [];

    /// <summary>The one-to-one conversation of <paramref name="actor"/> with <paramref name="uid"/>.</summary>
    public Conversation GetUserConversation(string uid, string actor)
    {
        lock (_gate)
        {
            var (viewer, other, conversationId) = UserConversationKey(uid, actor);
            var conversation = new UserConversation
            {
                ConversationId = conversationId,
                ConversationType = ConversationType.User,
                ConversationWith = ToModel(other, includeTags: false),
            };
            return FillConversation(conversation, viewer, conversationId);
        }
    }

    /// <summary>The conversation of group <paramref name="guid"/> for member <paramref name="actor"/>.</summary>
    public Conversation GetGroupConversation(string guid, string actor)
    {
        lock (_gate)
        {
            var (viewer, group) = GroupConversationKey(guid, actor);
            var conversationId = "group_" + group.Guid;
            var conversation = new GroupConversation
            {
                ConversationId = conversationId,
                ConversationType = ConversationType.Group,
                ConversationWith = ToModel(group, viewer, includeTags: false),
            };
            return FillConversation(conversation, viewer, conversationId);
        }
    }

    /// <summary>
    /// One page of conversations, most recently active first. With <paramref name="actor"/>: that user's one-to-one
    /// conversations and those of the groups they belong to, with unread counts; without it, every conversation once
    /// (one-to-one ones without a <c>conversationWith</c>, which depends on the viewer).
    /// </summary>
    public PageSlice<Conversation> ListConversations(string? actor, ConversationQuery query, PageRequest paging)
    {
        lock (_gate)
        {
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            var conversations = new List<Conversation>();
            foreach (var conversationId in _messages.Values.Where(m => m.Action is null).Select(m => m.ConversationId).Distinct())
            {
                if (ToConversation(conversationId, viewer, query.WithUserAndGroupTags) is { } conversation
                    && (query.Type is null || conversation.ConversationType.Value == query.Type)
                    && (!query.UnreadOnly || conversation.UnreadMessageCount > 0)
                    && Matches(conversation, query))
                {
                    if (!query.WithTags)
                    {
                        conversation.Tags = null;
                    }

                    conversations.Add(conversation);
                }
            }

            var ordered = conversations
                .OrderByDescending(c => c.LastMessage is { } last ? long.Parse(last.Id, System.Globalization.CultureInfo.InvariantCulture) : 0)
                .ToList();
            return paging.Slice(ordered);
        }
    }

    /// <summary>The conversation as <paramref name="viewer"/> sees it, or null when it is not theirs.</summary>
    private Conversation? ToConversation(string conversationId, string? viewer, bool withTargetTags = false)
    {
        var first = _messages.Values.First(m => m.ConversationId == conversationId);
        var cleared = _clearedUpTo.GetValueOrDefault((viewer ?? SystemSender, conversationId));
        if (!_messages.Values.Any(m => m.ConversationId == conversationId && m.Action is null && m.Id > cleared))
        {
            return null;
        }

        if (first.ReceiverType == Models.ReceiverType.Group.Value)
        {
            if (!_groups.TryGetValue(first.Receiver, out var group) || (viewer is not null && !group.Members.ContainsKey(viewer)))
            {
                return null;
            }

            var groupConversation = new GroupConversation { ConversationId = conversationId, ConversationType = ConversationType.Group, ConversationWith = ToModel(group, viewer, includeTags: withTargetTags) };
            return WithoutViewerCounts(FillConversation(groupConversation, viewer ?? SystemSender, conversationId), viewer);
        }

        string? other = null;
        if (viewer is not null)
        {
            if (first.Sender != viewer && first.Receiver != viewer)
            {
                return null;
            }

            other = first.Sender == viewer ? first.Receiver : first.Sender;
        }

        var userConversation = new UserConversation
        {
            ConversationId = conversationId,
            ConversationType = ConversationType.User,
            ConversationWith = other is not null && _users.TryGetValue(other, out var user) ? ToModel(user, includeTags: withTargetTags) : null,
        };
        return WithoutViewerCounts(FillConversation(userConversation, viewer ?? SystemSender, conversationId), viewer);
    }

    private bool Matches(Conversation conversation, ConversationQuery query)
    {
        var (id, name, targetTags) = conversation switch
        {
            UserConversation { ConversationWith: { } user } => (user.Uid, user.Name, _users.TryGetValue(user.Uid, out var record) ? record.Tags : []),
            GroupConversation { ConversationWith: { } group } => (group.Guid, group.Name, _groups.TryGetValue(group.Guid, out var record) ? record.Tags : []),
            _ => (null, null, new List<string>()),
        };
        var isGroup = conversation.ConversationType == ConversationType.Group;
        return (query.SearchKey is null
                || (id?.StartsWith(query.SearchKey, StringComparison.OrdinalIgnoreCase) ?? false)
                || (name?.StartsWith(query.SearchKey, StringComparison.OrdinalIgnoreCase) ?? false))
            && (query.Tags.Count == 0 || (conversation.Tags?.Any(tag => query.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)) ?? false))
            && (query.UserTags.Count == 0 || (!isGroup && targetTags.Any(tag => query.UserTags.Contains(tag, StringComparer.OrdinalIgnoreCase))))
            && (query.GroupTags.Count == 0 || (isGroup && targetTags.Any(tag => query.GroupTags.Contains(tag, StringComparer.OrdinalIgnoreCase))));
    }

    /// <summary>Unread counts belong to a user: listed as the app, a conversation has none.</summary>
    private static Conversation WithoutViewerCounts(Conversation conversation, string? viewer)
    {
        if (viewer is null)
        {
            conversation.UnreadMessageCount = null;
        }

        return conversation;
    }

    /// <summary>Marks the conversation read up to <paramref name="messageId"/> (all of it when null).</summary>
    public void MarkUserConversationRead(string uid, string actor, long? messageId)
    {
        lock (_gate)
        {
            var (viewer, _, conversationId) = UserConversationKey(uid, actor);
            MarkRead(viewer, conversationId, messageId);
        }
    }

    /// <summary>Marks the conversation unread from <paramref name="messageId"/> on (the newest message when null).</summary>
    public void MarkUserConversationUnread(string uid, string actor, long? messageId)
    {
        lock (_gate)
        {
            var (viewer, _, conversationId) = UserConversationKey(uid, actor);
            MarkUnread(viewer, conversationId, messageId);
        }
    }

    public void MarkGroupConversationUnread(string guid, string actor, long? messageId)
    {
        lock (_gate)
        {
            var (viewer, group) = GroupConversationKey(guid, actor);
            MarkUnread(viewer, "group_" + group.Guid, messageId);
        }
    }

    public void MarkGroupConversationRead(string guid, string actor, long? messageId)
    {
        lock (_gate)
        {
            var (viewer, group) = GroupConversationKey(guid, actor);
            MarkRead(viewer, "group_" + group.Guid, messageId);
        }
    }

    private (string Viewer, UserRecord Other, string ConversationId) UserConversationKey(string uid, string actor)
    {
        var viewer = FindActiveUser(actor).Uid;
        var other = FindActiveUser(uid);
        return (viewer, other, ConversationId(viewer, other.Uid));
    }

    private (string Viewer, GroupRecord Group) GroupConversationKey(string guid, string actor)
    {
        var viewer = FindActiveUser(actor).Uid;
        var group = FindGroup(guid);
        if (!group.Members.ContainsKey(viewer))
        {
            throw ConversationNotAccessible(viewer, "group_" + group.Guid);
        }

        return (viewer, group);
    }

    private void MarkRead(string viewer, string conversationId, long? messageId)
    {
        var messages = ConversationMessages(conversationId);
        if (messages.Count == 0)
        {
            throw ConversationNotAccessible(viewer, conversationId);
        }

        var upTo = messageId ?? messages[^1].Id;
        if (messageId is { } id && !messages.Exists(m => m.Id == id))
        {
            throw ApiError.MessageNotFound(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var key = (viewer, conversationId);
        _readUpTo[key] = Math.Max(_readUpTo.GetValueOrDefault(key), upTo);
    }

    private void MarkUnread(string viewer, string conversationId, long? messageId)
    {
        var messages = ConversationMessages(conversationId);
        if (messages.Count == 0)
        {
            throw ConversationNotAccessible(viewer, conversationId);
        }

        var from = messageId ?? messages[^1].Id;
        if (messageId is { } id && !messages.Exists(m => m.Id == id))
        {
            throw ApiError.MessageNotFound(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Everything before the message stays read; the message and what follows count as unread again.
        var key = (viewer, conversationId);
        _readUpTo[key] = Math.Min(_readUpTo.GetValueOrDefault(key), from - 1);
    }

    // The action messages of edits and deletes are left out: they change a message, not the conversation (a guess).
    private List<MessageRecord> ConversationMessages(string conversationId) =>
        [.. _messages.Values.Where(m => m.ConversationId == conversationId && m.Action is null).OrderBy(m => m.Id)];

    /// <summary>Completes a conversation from its messages: last message, unread count (messages from others, not deleted, after the read mark), times.</summary>
    private T FillConversation<T>(T conversation, string viewer, string conversationId)
        where T : Conversation
    {
        // A reset hides everything up to it from this user: the conversation comes back with the next message.
        var clearedUpTo = _clearedUpTo.GetValueOrDefault((viewer, conversationId));
        var messages = ConversationMessages(conversationId).FindAll(m => m.Id > clearedUpTo);
        if (messages.Count == 0)
        {
            // CometChat creates a conversation with its first message.
            throw ConversationNotAccessible(viewer, conversationId);
        }

        if (_pinnedConversations.TryGetValue(viewer, out var pins) && pins.Find(p => p.ConversationId == conversationId) is { ConversationId: not null } pin)
        {
            conversation.PinnedAt = FromUnix(pin.PinnedAt);
            conversation.PinnedBy = viewer;
        }

        if (_conversationTags.TryGetValue((viewer, conversationId), out var tags) && tags.Count > 0)
        {
            conversation.Tags = [.. tags];
        }

        var readUpTo = _readUpTo.GetValueOrDefault((viewer, conversationId));
        conversation.LastMessage = ToModel(messages[^1]);
        conversation.UnreadMessageCount = messages.Count(m => m.Id > readUpTo && m.Sender != viewer && m.DeletedAt is null && m.ParentId is null);
        conversation.CreatedAt = FromUnix(messages[0].SentAt);
        conversation.UpdatedAt = FromUnix(messages[^1].SentAt);
        return conversation;
    }

    private static ApiError ConversationNotAccessible(string uid, string conversationId) =>
        new(403, CometChatErrorCodes.ConversationNotAccessible, $"The user with uid {uid} cannot access the conversation {conversationId}, or it has no messages yet.");
}
