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
/// The Conversations operations: list, get (also by the deprecated conversation ID), tag, reset, mark read, unread
/// or delivered, pin and unpin, as the <c>onBehalfOf</c> user; and the app-wide pinned conversations.
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
        routes.MapPost("/v3/users/{uid}/conversation/delivered", MarkDeliveredWithUserAsync);
        routes.MapPost("/v3/groups/{guid}/conversation/delivered", MarkDeliveredWithGroupAsync);
        routes.MapPut("/v3/users/{uid}/conversation", UpdateWithUserAsync);
        routes.MapPut("/v3/groups/{guid}/conversation", UpdateWithGroupAsync);
        routes.MapDelete("/v3/users/{uid}/conversation", ResetWithUserAsync);
        routes.MapDelete("/v3/groups/{guid}/conversation", ResetWithGroupAsync);
        routes.MapPost("/v3/users/{uid}/conversation/pin", context => PinWithUserAsync(context, pin: true));
        routes.MapDelete("/v3/users/{uid}/conversation/pin", context => PinWithUserAsync(context, pin: false));
        routes.MapPost("/v3/groups/{guid}/conversation/pin", context => PinWithGroupAsync(context, pin: true));
        routes.MapDelete("/v3/groups/{guid}/conversation/pin", context => PinWithGroupAsync(context, pin: false));
        routes.MapGet("/v3/conversations/pinned", ListPinnedAsync);
        routes.MapPut("/v3/conversations/pinned", ReplacePinnedAsync);
        routes.MapGet("/v3/conversations/{conversationId}", GetByIdAsync);
        routes.MapDelete("/v3/conversations/{conversationId}", DeleteByIdAsync);
    }

    private async Task MarkDeliveredWithUserAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await JsonBody.ReadOptionalAsync(context, MarkConversationRequestJsonConverter.Instance).ConfigureAwait(false);
        var result = _store.MarkUserConversationDelivered(context.RouteValue("uid"), actor, request?.MessageId);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task MarkDeliveredWithGroupAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await JsonBody.ReadOptionalAsync(context, MarkConversationRequestJsonConverter.Instance).ConfigureAwait(false);
        var result = _store.MarkGroupConversationDelivered(context.RouteValue("guid"), actor, request?.MessageId);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateWithUserAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await ReadTagsAsync(context).ConfigureAwait(false);
        var conversation = _store.TagUserConversation(context.RouteValue("uid"), actor, request.Tags);
        await JsonResponse.WriteDataAsync(context, conversation, ConversationJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateWithGroupAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await ReadTagsAsync(context).ConfigureAwait(false);
        var conversation = _store.TagGroupConversation(context.RouteValue("guid"), actor, request.Tags);
        await JsonResponse.WriteDataAsync(context, conversation, ConversationJsonConverter.Instance).ConfigureAwait(false);
    }

    private static async Task<UpdateConversationRequest> ReadTagsAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateConversationRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Tags("tags", request.Tags);
        errors.ThrowIfAny();
        return request;
    }

    private async Task ResetWithUserAsync(HttpContext context)
    {
        var actor = RequireOnBehalfOf(context);
        var request = await JsonBody.ReadOptionalAsync(context, ResetConversationRequestJsonConverter.Instance).ConfigureAwait(false);
        var result = _store.ResetUserConversation(context.RouteValue("uid"), actor, request?.DeleteMessagesPermanently == true);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ResetWithGroupAsync(HttpContext context)
    {
        var result = _store.ResetGroupConversation(context.RouteValue("guid"), RequireOnBehalfOf(context));
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task PinWithUserAsync(HttpContext context, bool pin)
    {
        var result = _store.PinUserConversation(context.RouteValue("uid"), RequireOnBehalfOf(context), pin);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task PinWithGroupAsync(HttpContext context, bool pin)
    {
        var result = _store.PinGroupConversation(context.RouteValue("guid"), RequireOnBehalfOf(context), pin);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListPinnedAsync(HttpContext context)
    {
        var pinned = _store.ListAppPinnedConversations();
        await JsonResponse.WriteListAsync(context, pinned, ConversationJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ReplacePinnedAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ReplacePinnedConversationsRequestJsonConverter.Instance, ["pinnedConversations"]).ConfigureAwait(false);
        var pinned = _store.ReplaceAppPinnedConversations(request.PinnedConversations);
        await JsonResponse.WriteListAsync(context, pinned, ConversationJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetByIdAsync(HttpContext context)
    {
        var conversation = _store.GetConversationById(context.RouteValue("conversationId"), RequireOnBehalfOf(context));
        await JsonResponse.WriteDataAsync(context, conversation, ConversationJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteByIdAsync(HttpContext context)
    {
        var result = _store.DeleteConversationById(context.RouteValue("conversationId"), RequireOnBehalfOf(context));
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var type = query.String("conversationType");
        if (type is not null && !new ConversationType(type).IsKnown)
        {
            query.Errors.Add("conversationType", $"The conversationType accepts user and group, not '{type}'.");
        }

        var filter = new ConversationQuery
        {
            Type = type,
            UnreadOnly = query.Boolean("unread"),
            SearchKey = query.String("searchKey"),
            Tags = query.List("tags"),
            UserTags = query.List("userTags"),
            GroupTags = query.List("groupTags"),
            WithTags = query.Boolean("withTags"),
            WithUserAndGroupTags = query.Boolean("withUserAndGroupTags"),
        };
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListConversations(context.Header("onBehalfOf"), filter, paging);
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
