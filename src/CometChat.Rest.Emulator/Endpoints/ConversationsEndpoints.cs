using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>
/// The first Conversations operations: list conversations, get a one-to-one or group conversation (with its unread
/// count) and mark it read, as the <c>onBehalfOf</c> user. The others are not emulated yet.
/// </summary>
internal sealed class ConversationsEndpoints
{
    private readonly EmulatorStore _store;

    public ConversationsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v3/conversations", ListAsync);
        routes.MapGet("/v3/users/{uid}/conversation", GetWithUserAsync);
        routes.MapPost("/v3/users/{uid}/conversation/read", MarkReadWithUserAsync);
        routes.MapGet("/v3/groups/{guid}/conversation", GetWithGroupAsync);
        routes.MapPost("/v3/groups/{guid}/conversation/read", MarkReadWithGroupAsync);
        routes.MapDelete("/v3/users/{uid}/conversation/read", MarkUnreadWithUserAsync);
        routes.MapDelete("/v3/groups/{guid}/conversation/read", MarkUnreadWithGroupAsync);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var type = query.String("conversationType");
        if (type is not null && !new ConversationType(type).IsKnown)
        {
            query.Errors.Add("conversationType", $"The conversationType accepts user and group, not '{type}'.");
        }

        var unread = query.Boolean("unread");
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListConversations(context.Header("onBehalfOf"), type, unread, paging);
        await JsonResponse.WritePageAsync(context, page, ConversationJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetWithUserAsync(HttpContext context)
    {
        var conversation = _store.GetUserConversation(context.RouteValue("uid"), RequireOnBehalfOf(context));
        await JsonResponse.WriteDataAsync(context, conversation, ConversationJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetWithGroupAsync(HttpContext context)
    {
        var conversation = _store.GetGroupConversation(context.RouteValue("guid"), RequireOnBehalfOf(context));
        await JsonResponse.WriteDataAsync(context, conversation, ConversationJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task MarkReadWithUserAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await JsonBody.ReadOptionalAsync(context, MarkConversationRequestJsonConverter.Instance).ConfigureAwait(false);
        _store.MarkUserConversationRead(context.RouteValue("uid"), actor, request?.MessageId);

        var result = new ActionResult { Success = true, Message = "All the messages from the user are marked as read for the requesting user." };
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task MarkReadWithGroupAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await JsonBody.ReadOptionalAsync(context, MarkConversationRequestJsonConverter.Instance).ConfigureAwait(false);
        _store.MarkGroupConversationRead(context.RouteValue("guid"), actor, request?.MessageId);

        var result = new ActionResult { Success = true, Message = "All the messages of the group are marked as read for the requesting user." };
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task MarkUnreadWithUserAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await JsonBody.ReadOptionalAsync(context, MarkConversationRequestJsonConverter.Instance).ConfigureAwait(false);
        _store.MarkUserConversationUnread(context.RouteValue("uid"), actor, request?.MessageId);

        var result = new ActionResult { Success = true, Message = "The conversation is marked as unread for the requesting user." };
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task MarkUnreadWithGroupAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await JsonBody.ReadOptionalAsync(context, MarkConversationRequestJsonConverter.Instance).ConfigureAwait(false);
        _store.MarkGroupConversationUnread(context.RouteValue("guid"), actor, request?.MessageId);

        var result = new ActionResult { Success = true, Message = "The group conversation is marked as unread for the requesting user." };
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private static string RequireOnBehalfOf(HttpContext context) =>
        context.Header("onBehalfOf") ?? throw ApiError.Validation("onBehalfOf", "The onBehalfOf header is required: a conversation belongs to a user.");
}
