using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Messages: the first slice (send text and custom messages to a user or a group, get, delete, list a one-to-one
// conversation by page). Cursor lists, edits, threads, reactions, receipts and conversations come next.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<long, MessageRecord> _messages = [];

    /// <summary>
    /// Sends a text or custom message (already validated) as <paramref name="actor"/>, or as the app when null.
    /// A user receiver must exist and neither side may have blocked the other; a group receiver must exist and the
    /// sender must be a member who is not banned.
    /// </summary>
    /// <param name="request">The message, already validated.</param>
    /// <param name="actor">The onBehalfOf user, or null for the app.</param>
    /// <param name="parentId">For a thread reply, the parent message's ID; the reply must be in the same conversation,
    /// and the parent must not be a reply itself.</param>
    public Message SendMessage(SendMessageRequest request, string? actor, string? parentId = null)
    {
        lock (_gate)
        {
            var parent = parentId is null ? null : FindMessage(parentId);
            var sender = actor is null ? SystemSender : FindActiveUser(actor).Uid;
            string receiver;
            string conversationId;
            if (request.ReceiverType == Models.ReceiverType.Group)
            {
                var group = FindGroup(request.Receiver!);
                receiver = group.Guid;
                conversationId = "group_" + group.Guid;
                if (actor is not null)
                {
                    if (group.Banned.ContainsKey(sender))
                    {
                        throw new ApiError(403, CometChatErrorCodes.BannedGroupMember, $"The user with uid {sender} is banned from the group {group.Guid}.");
                    }

                    if (!group.Members.ContainsKey(sender))
                    {
                        throw ApiError.GroupNotJoined(sender, group.Guid);
                    }
                }
            }
            else
            {
                receiver = FindActiveUser(request.Receiver!).Uid;
                conversationId = actor is null ? $"{SystemSender}_user_{receiver}" : ConversationId(sender, receiver);
                if (Relations(_blocked, sender).ContainsKey(receiver))
                {
                    throw new ApiError(403, CometChatErrorCodes.BlockedReceiver, $"The user with uid {sender} has blocked {receiver}, so cannot message them.");
                }

                if (Relations(_blocked, receiver).ContainsKey(sender))
                {
                    throw new ApiError(403, CometChatErrorCodes.BlockedSender, $"The user with uid {receiver} has blocked {sender}.");
                }
            }

            if (parent is not null)
            {
                if (parent.ParentId is not null)
                {
                    throw new ApiError(400, CometChatErrorCodes.MessageThreadNesting, $"The message {parentId} is a thread reply itself; replies cannot have replies.");
                }

                if (parent.ConversationId != conversationId)
                {
                    throw new ApiError(400, CometChatErrorCodes.WrongMessageThread, $"The reply must go to the conversation of the message {parentId} ({parent.ConversationId}).");
                }
            }

            var message = new MessageRecord
            {
                Id = ++_actionMessageId,
                ParentId = parent?.Id,
                Muid = request.Muid,
                ConversationId = conversationId,
                Sender = sender,
                Receiver = receiver,
                ReceiverType = request.ReceiverType!.Value.Value,
                Category = request.Category!.Value.Value,
                Type = request.Type!,
                Text = request.Data?.Text,
                CustomData = Clone(request.Data?.CustomData),
                Metadata = Clone(request.Data?.Metadata),
                Tags = request.Tags is null ? [] : [.. request.Tags],
                SentAt = Now(),
            };
            _messages.Add(message.Id, message);
            return ToModel(message);
        }
    }

    /// <summary>Gets a message; an acting user must be its sender, its user receiver or a member of its group.</summary>
    public Message GetMessage(string id, string? actor)
    {
        lock (_gate)
        {
            var message = FindMessage(id);
            if (actor is not null)
            {
                CheckAccess(message, FindActiveUser(actor).Uid, id);
            }

            return ToModel(message);
        }
    }

    /// <summary>Edits a message's text, metadata or tags; an acting user must be the sender. Deleted messages cannot be edited.</summary>
    public Message UpdateMessage(string id, UpdateMessageRequest request, string? actor)
    {
        lock (_gate)
        {
            var message = FindMessage(id);
            var by = actor is null ? SystemSender : FindActiveUser(actor).Uid;
            if (actor is not null && message.Sender != by)
            {
                CheckAccess(message, by, id);
                throw ApiError.MessageNotASender(by, id);
            }

            if (message.DeletedAt is not null)
            {
                throw new ApiError(403, CometChatErrorCodes.MessageActionNotAllowed, $"The message {id} is deleted and cannot be edited.");
            }

            if (request.Data?.Text is { } text)
            {
                message.Text = text;
            }

            if (request.Data?.Metadata is { } metadata)
            {
                message.Metadata = Clone(metadata);
            }

            if (request.Tags is not null)
            {
                message.Tags = [.. request.Tags];
            }

            message.EditedAt = Now();
            message.EditedBy = by;
            return ToModel(message);
        }
    }

    /// <summary>
    /// Deletes a message: softly (it stays, marked deleted) or permanently. An acting user must be the sender.
    /// Returns the message as it was deleted.
    /// </summary>
    public Message DeleteMessage(string id, bool permanent, string? actor)
    {
        lock (_gate)
        {
            var message = FindMessage(id);
            var by = actor is null ? SystemSender : FindActiveUser(actor).Uid;
            if (actor is not null && message.Sender != by)
            {
                CheckAccess(message, by, id);
                throw ApiError.MessageNotASender(by, id);
            }

            var now = Now();
            message.DeletedAt ??= now;
            message.DeletedBy ??= by;
            if (permanent)
            {
                _messages.Remove(message.Id);
            }

            return ToModel(message);
        }
    }

    /// <summary>
    /// One page of one-to-one messages, oldest first: with <paramref name="actor"/> those between the actor and
    /// <paramref name="uid"/>, otherwise every one-to-one message <paramref name="uid"/> sent or received.
    /// </summary>
    public PageSlice<Message> ListUserMessages(string uid, string? actor, MessageQuery query, PageRequest paging)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid).Uid;
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            var matches = _messages.Values
                .Where(m => m.ReceiverType == Models.ReceiverType.User.Value)
                .Where(m => viewer is null
                    ? m.Sender == user || m.Receiver == user
                    : (m.Sender == user && m.Receiver == viewer) || (m.Sender == viewer && m.Receiver == user))
                .Where(m => Matches(m, query))
                .OrderBy(m => m.Id)
                .ToList();
            var page = paging.Slice(matches);
            return new PageSlice<Message>([.. page.Items.Select(m => ToModel(m, query.WithTags))], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    private static bool Matches(MessageRecord message, MessageQuery query) =>
        (query.Categories.Count == 0 || query.Categories.Contains(message.Category, StringComparer.Ordinal))
        && (query.Types.Count == 0 || query.Types.Contains(message.Type, StringComparer.Ordinal))
        && (query.Tags.Count == 0 || message.Tags.Any(tag => query.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
        && (query.Sender is null || message.Sender == CometChatIdentifier.Normalize(query.Sender))
        && (query.SearchKey is null || (message.Text?.Contains(query.SearchKey, StringComparison.OrdinalIgnoreCase) ?? false))
        && (query.FromTimestamp is null || message.SentAt >= query.FromTimestamp)
        && (query.FromTimestamp is null || query.ToTimestamp is null || message.SentAt <= query.ToTimestamp);

    /// <summary>Adds the acting user's reaction (again is a no-op); they must be able to see the message.</summary>
    public Message AddReaction(string id, string reaction, string actor)
    {
        lock (_gate)
        {
            var message = FindMessage(id);
            var uid = FindActiveUser(actor).Uid;
            CheckAccess(message, uid, id);
            if (!message.Reactions.TryGetValue(reaction, out var uids))
            {
                message.Reactions[reaction] = uids = [];
            }

            if (!uids.Contains(uid))
            {
                uids.Add(uid);
            }

            return ToModel(message, viewer: uid);
        }
    }

    /// <summary>Removes the acting user's reaction; removing one that is not there changes nothing.</summary>
    public Message RemoveReaction(string id, string reaction, string actor)
    {
        lock (_gate)
        {
            var message = FindMessage(id);
            var uid = FindActiveUser(actor).Uid;
            CheckAccess(message, uid, id);
            if (message.Reactions.TryGetValue(reaction, out var uids) && uids.Remove(uid) && uids.Count == 0)
            {
                message.Reactions.Remove(reaction);
            }

            return ToModel(message, viewer: uid);
        }
    }

    private MessageRecord FindMessage(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && _messages.TryGetValue(key, out var message)
            ? message
            : throw ApiError.MessageNotFound(id);

    private void CheckAccess(MessageRecord message, string uid, string id)
    {
        var allowed = message.ReceiverType == Models.ReceiverType.Group.Value
            ? _groups.TryGetValue(message.Receiver, out var group) && group.Members.ContainsKey(uid)
            : message.Sender == uid || message.Receiver == uid;
        if (!allowed)
        {
            throw ApiError.MessageNoAccess(uid, id);
        }
    }

    private static Message ToModel(MessageRecord message, bool includeTags = true, string? viewer = null)
    {
        List<ReactionCount>? reactions = message.Reactions.Count == 0
            ? null
            : [.. message.Reactions.Select(pair => new ReactionCount
            {
                Reaction = pair.Key,
                Count = pair.Value.Count,
                ReactedByMe = viewer is null ? null : pair.Value.Contains(viewer),
            })];
        var id = message.Id.ToString(CultureInfo.InvariantCulture);
        Message model = message.Category == MessageCategory.Custom.Value
            ? new CustomMessage
            {
                Id = id,
                Category = MessageCategory.Custom,
                Type = message.Type,
                Data = new CustomMessageData { CustomData = Clone(message.CustomData), Text = message.Text, Metadata = Clone(message.Metadata), Reactions = reactions },
            }
            : new TextMessage
            {
                Id = id,
                Category = MessageCategory.Message,
                Type = message.Type,
                Data = new TextMessageData { Text = message.Text, Metadata = Clone(message.Metadata), Reactions = reactions },
            };
        model.Muid = message.Muid;
        model.ConversationId = message.ConversationId;
        model.Sender = message.Sender;
        model.Receiver = message.Receiver;
        model.ReceiverType = new ReceiverType(message.ReceiverType);
        model.SentAt = FromUnix(message.SentAt);
        model.ParentId = message.ParentId?.ToString(CultureInfo.InvariantCulture);
        model.UpdatedAt = FromUnix(Math.Max(message.DeletedAt ?? 0, Math.Max(message.EditedAt ?? 0, message.SentAt)));
        model.EditedAt = message.EditedAt is { } editedAt ? FromUnix(editedAt) : null;
        model.EditedBy = message.EditedBy;
        model.DeletedAt = message.DeletedAt is { } deletedAt ? FromUnix(deletedAt) : null;
        model.DeletedBy = message.DeletedBy;
        model.Tags = includeTags && message.Tags.Count > 0 ? [.. message.Tags] : null;
        return model;
    }
}
