using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// The cursor-paged message lists: all messages, a group's, a thread's, and the reactions to a message.
internal sealed partial class EmulatorStore
{
    /// <summary>
    /// <c>GET /messages</c>: as a user, the messages of their one-to-one conversations and of the groups they belong
    /// to; as the app, every message.
    /// </summary>
    public MessageCursorSlice<Message> ListMessages(string? actor, MessageQuery query, MessageCursorRequest cursor)
    {
        lock (_gate)
        {
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            var visible = _messages.Values.Where(m => viewer is null || CanSee(m, viewer));
            return CutMessages(visible, query, viewer, cursor);
        }
    }

    /// <summary><c>GET /groups/{guid}/messages</c>: a group's messages; an acting user must be a member.</summary>
    public MessageCursorSlice<Message> ListGroupMessages(string guid, string? actor, MessageQuery query, MessageCursorRequest cursor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            if (viewer is not null && !group.Members.ContainsKey(viewer))
            {
                throw ApiError.GroupNotJoined(viewer, group.Guid);
            }

            var messages = _messages.Values.Where(m => m.ReceiverType == Models.ReceiverType.Group.Value && m.Receiver == group.Guid);
            return CutMessages(messages, query, viewer, cursor);
        }
    }

    /// <summary><c>GET /messages/{id}/thread</c>: the replies to a message; an acting user must be able to see it.</summary>
    public MessageCursorSlice<Message> ListThreadMessages(string id, string? actor, MessageCursorRequest cursor)
    {
        lock (_gate)
        {
            var parent = FindMessage(id);
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            if (viewer is not null)
            {
                CheckAccess(parent, viewer, id);
            }

            var replies = _messages.Values.Where(m => m.ParentId == parent.Id).OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToList();
            return MessageCursor.Cut(replies, m => m.SentAt, m => m.Id, cursor, m => ToModel(m, viewer: viewer));
        }
    }

    /// <summary>
    /// <c>GET /messages/{id}/reactions[/{reaction}]</c>: each user's reaction, oldest first, paged by reaction ID
    /// (CometChat's reaction cursor carries only <c>affix</c> and <c>id</c>).
    /// </summary>
    public MessageCursorSlice<MessageReaction> ListReactions(string id, string? reaction, string? actor, MessageCursorRequest cursor)
    {
        lock (_gate)
        {
            var message = FindMessage(id);
            if (actor is not null)
            {
                CheckAccess(message, FindActiveUser(actor).Uid, id);
            }

            var reactions = message.ReactionLog.Where(r => reaction is null || r.Reaction == reaction).ToList();
            return MessageCursor.Cut(reactions, r => r.ReactedAt, r => r.Id, cursor with { AnchorSentAt = null }, r => new MessageReaction
            {
                Id = r.Id.ToString(CultureInfo.InvariantCulture),
                MessageId = id,
                Reaction = r.Reaction,
                Uid = r.Uid,
                ReactedAt = FromUnix(r.ReactedAt),
                ReactedBy = _users.TryGetValue(r.Uid, out var user) ? ToModel(user, includeTags: false) : null,
            }, withSentAt: false);
        }
    }

    private MessageCursorSlice<Message> CutMessages(IEnumerable<MessageRecord> messages, MessageQuery query, string? viewer, MessageCursorRequest cursor)
    {
        var matches = messages
            .Where(m => Matches(m, query) && MatchesMore(m, query, viewer))
            .OrderBy(m => m.SentAt)
            .ThenBy(m => m.Id)
            .ToList();
        return MessageCursor.Cut(matches, m => m.SentAt, m => m.Id, cursor, m => ToModel(m, query.WithTags, viewer));
    }

    private bool CanSee(MessageRecord message, string uid) =>
        message.ReceiverType == Models.ReceiverType.Group.Value
            ? _groups.TryGetValue(message.Receiver, out var group) && group.Members.ContainsKey(uid)
            : message.Sender == uid || message.Receiver == uid;

    private bool MatchesMore(MessageRecord message, MessageQuery query, string? viewer)
    {
        var text = message.Text ?? string.Empty;
        return (query.ReceiverType is null || message.ReceiverType == query.ReceiverType)
            && (query.ConversationId is null || message.ConversationId == query.ConversationId)
            && !(query.HideDeleted && message.DeletedAt is not null)
            && !(query.OnlyDeleted && message.DeletedAt is null)
            && !(query.HideReplies && message.ParentId is not null)
            && (query.HasAttachments is null || (message.Attachments is not null) == query.HasAttachments)
            && (query.AttachmentTypes.Count == 0 || (message.Attachments is not null && query.AttachmentTypes.Contains(message.Type, StringComparer.Ordinal)))
            && (query.HasMentions is null || text.Contains("<@uid:", StringComparison.Ordinal) == query.HasMentions)
            && (query.MentionedUids.Count == 0 || query.MentionedUids.Any(uid => Mentions(text, uid)))
            && (query.HasLinks is null || (text.Contains("http://", StringComparison.OrdinalIgnoreCase) || text.Contains("https://", StringComparison.OrdinalIgnoreCase)) == query.HasLinks)
            && (query.HasReactions is null || viewer is null || message.ReactionLog.Exists(r => r.Uid == viewer) == query.HasReactions)
            && (!query.MyMentionsOnly || viewer is null || Mentions(text, viewer))
            && (!query.HideMessagesFromBlockedUsers || viewer is null || !Relations(_blocked, viewer).ContainsKey(message.Sender))
            && (!query.UnreadOnly || viewer is null || (message.Sender != viewer && message.Id > _readUpTo.GetValueOrDefault((viewer, message.ConversationId))))
            && (!query.Undelivered || viewer is null || (message.Sender != viewer && message.Id > Math.Max(
                _readUpTo.GetValueOrDefault((viewer, message.ConversationId)),
                _deliveredUpTo.GetValueOrDefault((viewer, message.ConversationId)))));
    }

    private static bool Mentions(string text, string uid) =>
        text.Contains("<@uid:" + uid + ">", StringComparison.OrdinalIgnoreCase);
}
