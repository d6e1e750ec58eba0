using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Messages users flagged, waiting for a moderator, by message ID, in flagging order.
internal sealed partial class EmulatorStore
{
    private readonly List<KeyValuePair<string, List<MessageFlag>>> _flags = [];

    /// <summary>
    /// Records <paramref name="actor"/>'s flag on a chat message they can see, with an existing reason; flagging again
    /// replaces their earlier flag.
    /// </summary>
    public void FlagMessage(string id, string actor, string reasonId, string? remark)
    {
        var message = GetMessage(id, actor);
        lock (_gate)
        {
            var reason = FindReason(reasonId);
            var user = FindActiveUser(actor);
            var entry = _flags.FirstOrDefault(pair => pair.Key == message.Id);
            if (entry.Value is null)
            {
                entry = new KeyValuePair<string, List<MessageFlag>>(message.Id!, []);
                _flags.Add(entry);
            }

            entry.Value.RemoveAll(flag => flag.Uid == user.Uid);
            entry.Value.Add(new MessageFlag
            {
                Uid = user.Uid,
                Name = user.Name,
                Avatar = user.Avatar,
                Role = user.Role,
                ReasonId = reason.Id,
                ReasonName = reason.Name,
                Description = reason.Description,
                Remark = remark,
            });
        }
    }

    /// <summary>The flagged message IDs with copies of their flags; the caller fetches the messages.</summary>
    public List<KeyValuePair<string, List<MessageFlag>>> ListFlags()
    {
        lock (_gate)
        {
            return [.. _flags.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.Select(flag => Copy(flag, MessageFlagJsonConverter.Instance)).ToList()))];
        }
    }

    /// <summary>Takes the message off the flagged list and records the decision in the reviewed list.</summary>
    public void ReviewFlaggedMessage(string id, string decision, ChatMessage? message)
    {
        lock (_gate)
        {
            var index = _flags.FindIndex(pair => pair.Key == id);
            if (index < 0)
            {
                throw ApiError.MessageNotFound(id);
            }

            _flags.RemoveAt(index);
            var now = FromUnix(Now());
            if (message?.Data is { } data)
            {
                data.Moderation = new ChatMessageModeration { Status = new ModerationStatus(decision) };
            }

            _reviewedVerdicts.Add(new ModerationVerdict { Message = message, Action = [decision], CreatedAt = now, UpdatedAt = now });
        }
    }
}
