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
/// The first Messages operations: send (text and custom messages to one user or group), thread replies, get, edit,
/// reactions, delete and list a one-to-one conversation by page. The other message and conversation operations are not emulated yet and answer
/// <c>ERR_API_NOT_FOUND</c>.
/// </summary>
internal sealed class MessagesEndpoints
{
    private readonly EmulatorStore _store;

    public MessagesEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/messages", SendAsync);
        routes.MapGet("/v3/messages/{id}", GetAsync);
        routes.MapPut("/v3/messages/{id}", UpdateAsync);
        routes.MapDelete("/v3/messages/{id}", DeleteAsync);
        routes.MapPost("/v3/messages/{id}/thread", SendThreadReplyAsync);
        routes.MapPost("/v3/messages/{id}/reactions/{reaction}", AddReactionAsync);
        routes.MapDelete("/v3/messages/{id}/reactions/{reaction}", RemoveReactionAsync);
        routes.MapGet("/v3/users/{uid}/messages", ListWithUserAsync);
    }

    private async Task SendAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, SendMessageRequestJsonConverter.Instance, []).ConfigureAwait(false);
        Check(request);

        var message = _store.SendMessage(request, context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, message, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var message = _store.GetMessage(context.RouteValue("id"), context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, message, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateMessageRequestJsonConverter.Instance, []).ConfigureAwait(false);
        if (request.Data?.Text is { } text && string.IsNullOrWhiteSpace(text))
        {
            throw new ApiError(400, CometChatErrorCodes.EmptyMessageText, "The new text of the message is empty.");
        }

        var errors = new ValidationErrors();
        errors.Tags("tags", request.Tags);
        errors.ThrowIfAny();

        var message = _store.UpdateMessage(context.RouteValue("id"), request, context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, message, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task SendThreadReplyAsync(HttpContext context)
    {
        // CometChat requires onBehalfOf here: a reply is always written by a user.
        var onBehalfOf = context.Header("onBehalfOf") ?? throw ApiError.Validation("onBehalfOf", "The onBehalfOf header is required to reply in a thread.");
        var request = await JsonBody.ReadAsync(context, SendMessageRequestJsonConverter.Instance, []).ConfigureAwait(false);
        Check(request);

        var message = _store.SendMessage(request, onBehalfOf, context.RouteValue("id"));
        await JsonResponse.WriteDataAsync(context, message, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task AddReactionAsync(HttpContext context)
    {
        var actor = context.Header("onBehalfOf") ?? throw ApiError.Validation("onBehalfOf", "The onBehalfOf header is required: a reaction is a user's.");
        var message = _store.AddReaction(context.RouteValue("id"), context.RouteValue("reaction"), actor);
        await JsonResponse.WriteDataAsync(context, message, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task RemoveReactionAsync(HttpContext context)
    {
        var actor = context.Header("onBehalfOf") ?? throw ApiError.Validation("onBehalfOf", "The onBehalfOf header is required: a reaction is a user's.");
        var message = _store.RemoveReaction(context.RouteValue("id"), context.RouteValue("reaction"), actor);
        await JsonResponse.WriteDataAsync(context, message, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var request = await JsonBody.ReadOptionalAsync(context, DeleteMessageRequestJsonConverter.Instance).ConfigureAwait(false);
        var message = _store.DeleteMessage(context.RouteValue("id"), request?.Permanent == true, context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, message, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListWithUserAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var categories = query.List("categories");
        if (query.String("category") is { } category)
        {
            categories.Add(category);
        }

        foreach (var value in categories)
        {
            if (!new MessageCategory(value).IsKnown)
            {
                query.Errors.Add("categories", $"The categories accept message, custom, action, call and interactive, not '{value}'.");
            }
        }

        var types = query.List("types");
        if (query.String("type") is { } type)
        {
            types.Add(type);
        }

        var filter = new MessageQuery
        {
            Categories = categories,
            Types = types,
            Tags = query.List("tags"),
            WithTags = query.Boolean("withTags"),
            Sender = query.String("sender"),
            SearchKey = query.String("searchKey"),
            FromTimestamp = query.Long("fromTimestamp"),
            ToTimestamp = query.Long("toTimestamp"),
        };
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListUserMessages(context.RouteValue("uid"), context.Header("onBehalfOf"), filter, paging);
        await JsonResponse.WritePageAsync(context, page, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    /// <summary>CometChat's message checks, each with its own error code, in the order it documents them.</summary>
    private static void Check(SendMessageRequest request)
    {
        if (request.MultipleReceivers is not null)
        {
            throw ApiError.BadRequest("The emulator does not send to multipleReceivers yet: send to one receiver at a time.");
        }

        if (string.IsNullOrWhiteSpace(request.Receiver))
        {
            throw new ApiError(400, CometChatErrorCodes.EmptyReceiver, "The message has no receiver.");
        }

        if (request.ReceiverType is not { IsKnown: true })
        {
            throw new ApiError(400, CometChatErrorCodes.InvalidReceiverType, "The receiverType must be user or group.");
        }

        if (request.Category is not { } category || string.IsNullOrEmpty(category.Value))
        {
            throw new ApiError(400, CometChatErrorCodes.EmptyMessageCategory, "The message category is empty.");
        }

        if (!category.IsKnown)
        {
            throw new ApiError(400, CometChatErrorCodes.InvalidMessageCategory, $"The message category must be message or custom, not '{category.Value}'.");
        }

        if (string.IsNullOrWhiteSpace(request.Type))
        {
            throw new ApiError(400, CometChatErrorCodes.EmptyMessageType, "The message type is empty.");
        }

        if (category == SendMessageCategory.Message)
        {
            if (request.Type != "text")
            {
                throw new ApiError(400, CometChatErrorCodes.InvalidMessageType, $"The emulator sends text messages so far, not '{request.Type}' (media messages need files).");
            }

            if (string.IsNullOrWhiteSpace(request.Data?.Text))
            {
                throw new ApiError(400, CometChatErrorCodes.EmptyMessageText, "A text message needs data.text.");
            }
        }
        else if (request.Data?.CustomData is null)
        {
            throw new ApiError(400, CometChatErrorCodes.EmptyCustomData, "A custom message needs data.customData.");
        }

        var errors = new ValidationErrors();
        errors.Tags("tags", request.Tags);
        errors.ThrowIfAny();
    }
}
