using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The five <c>/moderation/messages</c> operations: submit, list (with the sentAt/id cursor), get, update and delete.</summary>
internal sealed class ModerationMessagesEndpoints
{
    private const string Route = "/v3/moderation/messages";

    /// <summary>CometChat's page size for this list (<c>meta.current.limit</c> in its example).</summary>
    private const int PageSize = 100;

    private static readonly string[] s_submitRequired = ["sender", "receiver", "receiverType"];

    private readonly EmulatorStore _store;

    public ModerationMessagesEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, SubmitAsync);
        routes.MapGet(Route, ListAsync);
        routes.MapGet(Route + "/{id}", async context =>
            await JsonResponse.WriteDataAsync(context, _store.GetModerationMessage(context.RouteValue("id")), ChatMessageJsonConverter.Instance).ConfigureAwait(false));
        routes.MapPut(Route + "/{id}", UpdateAsync);
        routes.MapDelete(Route + "/{id}", DeleteAsync);
    }

    private async Task SubmitAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, SubmitModerationMessageRequestJsonConverter.Instance, s_submitRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("sender", request.Sender);
        errors.Required("receiver", request.Receiver);
        if (!request.ReceiverType.IsKnown)
        {
            errors.Add("receiverType", "The receiverType must be user or group.");
        }

        errors.Tags("tags", request.Tags);
        errors.ThrowIfAny();

        var message = _store.SubmitModerationMessage(request);
        await JsonResponse.WriteDataAsync(context, message, ChatMessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var sender = query.String("sender");
        var receiverUid = query.String("receiverUID");
        var receiverGuid = query.String("receiverGUID");
        var category = query.String("category");
        var type = query.String("type");
        var status = query.String("moderationStatus");
        var limit = query.Integer("limit", PageSize, 1, PageSize);
        var sentAt = query.Long("sentAt");
        var id = query.Long("id");
        query.Errors.ThrowIfAny();

        var (items, more) = _store.ListModerationMessages(
            m => (sender is null || string.Equals(m.Sender, sender, System.StringComparison.OrdinalIgnoreCase))
                && (receiverUid is null || (m.ReceiverType == ReceiverType.User && string.Equals(m.Receiver, receiverUid, System.StringComparison.OrdinalIgnoreCase)))
                && (receiverGuid is null || (m.ReceiverType == ReceiverType.Group && string.Equals(m.Receiver, receiverGuid, System.StringComparison.OrdinalIgnoreCase)))
                && (category is null || m.Category == category)
                && (type is null || m.Type == type)
                && (status is null || m.Data?.Moderation?.Status?.Value == status),
            sentAt,
            id,
            limit);

        // The cursor is the last message's sentAt and id, as in CometChat's example.
        await CursorResponse.WritePageAsync(context, new CursorSlice<ChatMessage>(items, limit, "sentAt", null, null), ChatMessageJsonConverter.Instance, more && items.Count > 0
            ? new JsonObject { ["sentAt"] = items[^1].SentAt!.Value.ToUnixTimeSeconds(), ["id"] = items[^1].Id }
            : null).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateModerationMessageRequestJsonConverter.Instance, ["data"]).ConfigureAwait(false);
        var message = _store.UpdateModerationMessage(context.RouteValue("id"), request.Data);
        await JsonResponse.WriteDataAsync(context, message, ChatMessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var id = context.RouteValue("id");
        _store.DeleteModerationMessage(id);
        var result = new DeleteResult { Success = true, Message = $"Message with id {id} has been deleted successfully." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }
}
