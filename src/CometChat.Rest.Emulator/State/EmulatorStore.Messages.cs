using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Messages: send (text, media and custom) to a user or a group, get, edit and delete (with their action messages),
// reactions, and the one-to-one list by page. Cursor lists, pins, saves and the rest are in EmulatorStore.MessageLists.cs
// and EmulatorStore.MessageFeatures.cs.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<long, MessageRecord> _messages = [];

    private long _reactionId;

    /// <summary>
    /// Stores the action message CometChat produces for an edit or delete: category action, type message, sent by
    /// whoever acted, in the message's conversation (and thread).
    /// </summary>
    private MessageRecord AddActionMessage(MessageRecord on, string action, string by)
    {
        var record = new MessageRecord
        {
            Id = ++_actionMessageId,
            ParentId = on.ParentId,
            ConversationId = on.ConversationId,
            Sender = by,
            Receiver = on.Receiver,
            ReceiverType = on.ReceiverType,
            Category = MessageCategory.Action.Value,
            Type = "message",
            Action = action,
            ActionOn = on.Id,
            SentAt = Now(),
        };
        _messages.Add(record.Id, record);
        return record;
    }

    private static MessageAttachment CloneAttachment(MessageAttachment attachment) => new()
    {
        Url = attachment.Url,
        Name = attachment.Name,
        MimeType = attachment.MimeType,
        Extension = attachment.Extension,
        Size = attachment.Size,
    };

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
                Attachments = request.Type != "text" && request.Category == SendMessageCategory.Message && request.Data?.Attachments is { } attachments
                    ? [.. attachments.Select(CloneAttachment)]
                    : null,
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

            if (message.DeletedAt is not null || message.Category == MessageCategory.Action.Value)
            {
                throw new ApiError(403, CometChatErrorCodes.MessageActionNotAllowed, $"The message {id} is deleted or an action message and cannot be edited.");
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
            return ToModel(AddActionMessage(message, MessageAction.Edited.Value, by));
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

            if (message.Category == MessageCategory.Action.Value)
            {
                throw new ApiError(403, CometChatErrorCodes.MessageActionNotAllowed, $"The message {id} is an action message and cannot be deleted.");
            }

            // Deleting again (a retried DELETE) reports the first deletion instead of recording another one.
            var earlier = message.DeletedAt is null
                ? null
                : _messages.Values.FirstOrDefault(m => m.ActionOn == message.Id && m.Action == MessageAction.Deleted.Value);
            message.DeletedAt ??= Now();
            message.DeletedBy ??= by;
            var action = ToModel(earlier ?? AddActionMessage(message, MessageAction.Deleted.Value, by));
            if (permanent)
            {
                _messages.Remove(message.Id);
            }

            return action;
        }
    }

    /// <summary>
    /// One page of one-to-one messages, oldest first: with <paramref name="actor"/> those between the actor and
    /// <paramref name="uid"/>, otherwise every one-to-one message <paramref name="uid"/> sent or received.
    /// </summary>
    /// <param name="uid">The other user.</param>
    /// <param name="actor">The onBehalfOf user, or null for the app.</param>
    /// <param name="query">The filters.</param>
    /// <param name="paging">The page.</param>
    /// <param name="anchor">
    /// The cursor form (<c>affix</c> and <c>id</c>): only the messages after (append) or before (prepend) the anchor
    /// ID; with prepend, pages count back from the anchor, so page 1 holds the messages just before it.
    /// </param>
    public PageSlice<Message> ListUserMessages(string uid, string? actor, MessageQuery query, PageRequest paging, MessageCursorRequest? anchor = null)
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
                .Where(m => Matches(m, query) && MatchesMore(m, query, viewer))
                .Where(m => anchor?.AnchorId is not { } id || (anchor.Value.Prepend ? m.Id < id : m.Id > id))
                .OrderBy(m => m.Id)
                .ToList();
            if (anchor is { Prepend: true })
            {
                matches.Reverse();
            }

            var page = paging.Slice(matches);
            var items = anchor is { Prepend: true } ? page.Items.Reverse() : page.Items;
            return new PageSlice<Message>([.. items.Select(m => ToModel(m, query.WithTags))], page.Total, page.PerPage, page.CurrentPage);
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
                message.ReactionLog.Add(new ReactionRecord(++_reactionId, reaction, uid, Now()));
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
            if (message.Reactions.TryGetValue(reaction, out var uids) && uids.Remove(uid))
            {
                message.ReactionLog.RemoveAll(r => r.Reaction == reaction && r.Uid == uid);
                if (uids.Count == 0)
                {
                    message.Reactions.Remove(reaction);
                }
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

    private Message ToModel(MessageRecord message, bool includeTags = true, string? viewer = null)
    {
        if (message.Action is not null)
        {
            return ToActionModel(message);
        }

        List<ReactionCount>? reactions = message.Reactions.Count == 0
            ? null
            : [.. message.Reactions.Select(pair => new ReactionCount
            {
                Reaction = pair.Key,
                Count = pair.Value.Count,
                ReactedByMe = viewer is null ? null : pair.Value.Contains(viewer),
            })];
        var id = message.Id.ToString(CultureInfo.InvariantCulture);
        Message model = message.Attachments is not null
            ? new MediaMessage
            {
                Id = id,
                Category = MessageCategory.Message,
                Type = message.Type,
                Data = new MediaMessageData
                {
                    Text = message.Text,
                    Url = message.Attachments.FirstOrDefault()?.Url,
                    Attachments = [.. message.Attachments.Select(CloneAttachment)],
                    Metadata = Clone(message.Metadata),
                    Reactions = reactions,
                },
            }
            : message.Category == MessageCategory.Custom.Value
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

    /// <summary>An edit's or delete's action message: by (the actor), on (the message as it is now), for (the other user or the group).</summary>
    private ActionMessage ToActionModel(MessageRecord action)
    {
        EntityReference? on = action.ActionOn is { } onId && _messages.TryGetValue(onId, out var target)
            ? new MessageEntityReference { EntityType = EntityType.Message, Entity = ToModel(target) }
            : null;
        EntityReference? by = _users.TryGetValue(action.Sender, out var actor)
            ? new UserEntityReference { EntityType = EntityType.User, Entity = ToModel(actor, includeTags: false) }
            : null;
        EntityReference? forEntity = action.ReceiverType == Models.ReceiverType.Group.Value
            ? _groups.TryGetValue(action.Receiver, out var group) ? new GroupEntityReference { EntityType = EntityType.Group, Entity = ToModel(group, null, includeTags: false) } : null
            : _users.TryGetValue(action.Receiver, out var receiver) ? new UserEntityReference { EntityType = EntityType.User, Entity = ToModel(receiver, includeTags: false) } : null;
        return new ActionMessage
        {
            Id = action.Id.ToString(CultureInfo.InvariantCulture),
            Category = MessageCategory.Action,
            Type = action.Type,
            ConversationId = action.ConversationId,
            Sender = action.Sender,
            Receiver = action.Receiver,
            ReceiverType = new ReceiverType(action.ReceiverType),
            SentAt = FromUnix(action.SentAt),
            UpdatedAt = FromUnix(action.SentAt),
            ParentId = action.ParentId?.ToString(CultureInfo.InvariantCulture),
            Data = new ActionMessageData
            {
                Action = new MessageAction(action.Action!),
                Entities = new ActionEntities { By = by, On = on, For = forEntity },
            },
        };
    }
}
