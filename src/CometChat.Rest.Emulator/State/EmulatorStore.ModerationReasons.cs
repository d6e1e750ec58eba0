using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Flag reasons users pick when they flag a message.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, ModerationReason> _moderationReasons = new(StringComparer.Ordinal);

    public ModerationReason CreateModerationReason(CreateModerationReasonRequest request)
    {
        lock (_gate)
        {
            if (_moderationReasons.ContainsKey(request.Id))
            {
                throw ApiError.Validation("id", $"The reason {request.Id} already exists.");
            }

            var now = FromUnix(Now());
            var reason = new ModerationReason { Id = request.Id, Name = request.Name, Description = request.Description, CreatedAt = now, UpdatedAt = now };
            _moderationReasons.Add(request.Id, reason);
            return Copy(reason, ModerationReasonJsonConverter.Instance);
        }
    }

    /// <summary>Every reason, oldest first (CometChat's list has no paging parameters).</summary>
    public List<ModerationReason> ListModerationReasons()
    {
        lock (_gate)
        {
            return [.. _moderationReasons.Values.OrderBy(reason => reason.CreatedAt).Select(reason => Copy(reason, ModerationReasonJsonConverter.Instance))];
        }
    }

    public ModerationReason GetModerationReason(string id)
    {
        lock (_gate)
        {
            return Copy(FindReason(id), ModerationReasonJsonConverter.Instance);
        }
    }

    public ModerationReason UpdateModerationReason(string id, UpdateModerationReasonRequest request)
    {
        lock (_gate)
        {
            var reason = FindReason(id);
            reason.Name = request.Name ?? reason.Name;
            reason.Description = request.Description ?? reason.Description;
            reason.UpdatedAt = FromUnix(Now());
            return Copy(reason, ModerationReasonJsonConverter.Instance);
        }
    }

    public void DeleteModerationReason(string id)
    {
        lock (_gate)
        {
            _moderationReasons.Remove(FindReason(id).Id!);
        }
    }

    /// <summary>Whether the reason exists (flagging a message needs one).</summary>
    public bool ModerationReasonExists(string id)
    {
        lock (_gate)
        {
            return _moderationReasons.ContainsKey(id);
        }
    }

    private ModerationReason FindReason(string id) =>
        _moderationReasons.TryGetValue(id, out var reason)
            ? reason
            : throw new ApiError(404, CometChatErrorCodes.ReasonNotFound, $"The reason with id {id} does not exist.");
}
