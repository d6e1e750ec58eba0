using System.Collections.Generic;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The six moderation review operations: flag a message, the flagged / reviewed / blocked lists and the two decisions.</summary>
internal sealed class ModerationReviewEndpoints
{
    private readonly EmulatorStore _store;

    public ModerationReviewEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/messages/{id}/flagged", FlagAsync);
        routes.MapGet("/v3/moderation/flagged-messages", ListFlaggedAsync);
        routes.MapPatch("/v3/moderation/flagged-messages/{id}", ReviewFlaggedAsync);
        routes.MapGet("/v3/moderation/reviewed-messages", context => ModerationRulesEndpoints.WriteListAsync(context, _store.ListReviewedVerdicts(), ModerationRulesEndpoints.ModerationListLimit, ModerationVerdictJsonConverter.Instance));
        routes.MapGet("/v3/moderation/blocked-messages", context => ModerationRulesEndpoints.WriteListAsync(context, _store.ListBlockedVerdicts(), ModerationRulesEndpoints.ModerationListLimit, ModerationVerdictJsonConverter.Instance));
        routes.MapPatch("/v3/moderation/blocked-messages/{messageId}", ReviewBlockedAsync);
    }

    private async Task FlagAsync(HttpContext context)
    {
        var actor = context.Header("onBehalfOf") ?? throw ApiError.Validation("onBehalfOf", "The onBehalfOf header is required: a user flags the message.");
        var request = await JsonBody.ReadAsync(context, FlagMessageRequestJsonConverter.Instance, ["reasonId"]).ConfigureAwait(false);
        var id = context.RouteValue("id");
        _store.FlagMessage(id, actor, request.ReasonId, request.Remark);
        await NotificationDocumentEndpoints.WriteSuccessAsync(context, $"Message with id {id} has been flagged successfully.").ConfigureAwait(false);
    }

    private async Task ListFlaggedAsync(HttpContext context)
    {
        var messages = new List<ChatMessage>();
        foreach (var (id, flags) in _store.ListFlags())
        {
            if (TryGetChatMessage(id) is { } message)
            {
                message.FlaggedBy = flags;
                messages.Add(message);
            }
        }

        await ModerationRulesEndpoints.WriteListAsync(context, messages, ModerationRulesEndpoints.ModerationListLimit, ChatMessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ReviewFlaggedAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ReviewFlaggedMessageRequestJsonConverter.Instance, ["status"]).ConfigureAwait(false);
        if (!request.Status.IsKnown)
        {
            throw ApiError.Validation("status", "The status must be approved or disapproved.");
        }

        var id = context.RouteValue("id");
        _store.ReviewFlaggedMessage(id, request.Status.Value, TryGetChatMessage(id));
        var outcome = request.Status == FlaggedMessageDecision.Approved ? "unflagged" : "blocked";
        var result = new SuccessResult { Success = true, Message = $"Message with id {id} has been {outcome} successfully." };

        // CometChat answers this decision without the data envelope.
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, result, SuccessResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ReviewBlockedAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ReviewBlockedMessageRequestJsonConverter.Instance, ["status"]).ConfigureAwait(false);
        if (!request.Status.IsKnown)
        {
            throw ApiError.Validation("status", "The status must be approved or rejected.");
        }

        var id = context.RouteValue("messageId");
        var approved = request.Status == BlockedMessageDecision.Approved;
        _store.ReviewBlockedMessage(id, approved);
        await NotificationDocumentEndpoints.WriteSuccessAsync(context, $"Message with ID {id} has been {(approved ? "approved" : "rejected")}.").ConfigureAwait(false);
    }

    /// <summary>A chat message in the moderation shape, or null when it no longer exists.</summary>
    private ChatMessage? TryGetChatMessage(string id)
    {
        try
        {
            var message = _store.GetMessage(id, actor: null);
            return ModelJson.FromObject(ModelJson.ToObject(message, MessageJsonConverter.Instance), ChatMessageJsonConverter.Instance);
        }
        catch (ApiError)
        {
            return null;
        }
    }
}
