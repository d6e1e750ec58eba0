using System;
using System.Collections.Generic;
using System.Linq;
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
/// The Messages operations: send (text, media and custom messages to one user or group, or as a bot), thread replies,
/// get, edit, delete, reactions, the cursor-paged lists (all messages, a group's, a thread's, reactions), the
/// one-to-one list by page, pins, saves, thread subscriptions and interactions.
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
        routes.MapGet("/v3/messages", ListAsync);
        routes.MapGet("/v3/groups/{guid}/messages", ListInGroupAsync);
        routes.MapGet("/v3/messages/{id}/thread", ListThreadAsync);
        routes.MapGet("/v3/messages/{id}/reactions", context => ListReactionsAsync(context, reaction: null));
        routes.MapGet("/v3/messages/{id}/reactions/{reaction}", context => ListReactionsAsync(context, context.RouteValue("reaction")));
        routes.MapPost("/v3/bots/{uid}/messages", SendAsBotAsync);
        routes.MapPost("/v3/messages/{id}/pin", context => PinAsync(context, pin: true));
        routes.MapDelete("/v3/messages/{id}/pin", context => PinAsync(context, pin: false));
        routes.MapPost("/v3/messages/{id}/save", context => SaveAsync(context, save: true));
        routes.MapDelete("/v3/messages/{id}/save", context => SaveAsync(context, save: false));
        routes.MapPost("/v3/messages/{id}/thread/subscription", context => SubscribeAsync(context, subscribe: true));
        routes.MapDelete("/v3/messages/{id}/thread/subscription", context => SubscribeAsync(context, subscribe: false));
        routes.MapPatch("/v3/messages/{id}/interacted", InteractedAsync);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var filter = ReadFilter(query, withConversationFilters: true);
        var cursor = ReadCursor(query, "limit", DefaultLimit);
        query.Errors.ThrowIfAny();

        var page = _store.ListMessages(context.Header("onBehalfOf"), filter, cursor);
        await CursorResponse.WritePageAsync(context, page, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListInGroupAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var filter = ReadFilter(query, withConversationFilters: false);
        var cursor = ReadCursor(query, "limit", DefaultLimit);
        query.Errors.ThrowIfAny();

        var page = _store.ListGroupMessages(context.RouteValue("guid"), context.Header("onBehalfOf"), filter, cursor);
        await CursorResponse.WritePageAsync(context, page, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListThreadAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);

        // The thread list sizes its pages with perPage (default 100), as the spec declares.
        var cursor = ReadCursor(query, "perPage", QueryReader.DefaultPerPage);
        query.Errors.ThrowIfAny();

        var page = _store.ListThreadMessages(context.RouteValue("id"), context.Header("onBehalfOf"), cursor);
        await CursorResponse.WritePageAsync(context, page, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListReactionsAsync(HttpContext context, string? reaction)
    {
        var query = new QueryReader(context.Request);
        var cursor = ReadCursor(query, "limit", QueryReader.DefaultPerPage);
        query.Errors.ThrowIfAny();

        var page = _store.ListReactions(context.RouteValue("id"), reaction, context.Header("onBehalfOf"), cursor);
        await CursorResponse.WritePageAsync(context, page, MessageReactionJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task SendAsBotAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, SendMessageRequestJsonConverter.Instance, []).ConfigureAwait(false);
        Check(request);

        var message = _store.SendAsBot(context.RouteValue("uid"), request);
        await JsonResponse.WriteDataAsync(context, message, MessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task PinAsync(HttpContext context, bool pin)
    {
        // Without onBehalfOf the app pins.
        var result = _store.PinMessage(context.RouteValue("id"), context.Header("onBehalfOf"), pin);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task SaveAsync(HttpContext context, bool save)
    {
        var actor = context.Header("onBehalfOf") ?? throw ApiError.Validation("onBehalfOf", "The onBehalfOf header is required: saved messages are a user's.");
        var result = _store.SaveMessage(context.RouteValue("id"), actor, save);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task SubscribeAsync(HttpContext context, bool subscribe)
    {
        var actor = context.Header("onBehalfOf") ?? throw ApiError.Validation("onBehalfOf", "The onBehalfOf header is required: a thread subscription is a user's.");
        var result = _store.SubscribeToThread(context.RouteValue("id"), actor, subscribe);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task InteractedAsync(HttpContext context)
    {
        var actor = context.Header("onBehalfOf") ?? throw ApiError.Validation("onBehalfOf", "The onBehalfOf header is required: interactions are a user's.");
        var request = await JsonBody.ReadAsync(context, MarkMessageInteractedRequestJsonConverter.Instance, ["interactions"]).ConfigureAwait(false);
        if (request.Interactions.Count == 0 || request.Interactions.Any(string.IsNullOrWhiteSpace))
        {
            throw ApiError.Validation("interactions", "The interactions must name at least one element, none empty.");
        }

        var result = _store.MarkInteracted(context.RouteValue("id"), actor, request.Interactions);
        await JsonResponse.WriteDataAsync(context, result, ActionResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private const int DefaultLimit = 10;

    private const int MaxLimit = 1000;

    /// <summary>The cursor parameters: <c>affix</c>, the anchor <c>id</c> and <c>sentAt</c>, and the page size.</summary>
    private static MessageCursorRequest ReadCursor(QueryReader query, string limitName, int defaultLimit)
    {
        var affix = query.String("affix");
        if (affix is not null && affix is not ("append" or "prepend"))
        {
            query.Errors.Add("affix", $"The affix must be append or prepend, not '{affix}'.");
        }

        long? id = null;
        if (query.String("id") is { } idText)
        {
            if (long.TryParse(idText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                id = parsed;
            }
            else
            {
                query.Errors.Add("id", "The id must be a message ID.");
            }
        }

        var sentAt = query.Long("sentAt");
        var limit = query.Integer(limitName, defaultLimit, 1, MaxLimit);
        return new MessageCursorRequest(affix == "prepend", id, sentAt, limit);
    }

    /// <summary>The filters the message lists share; <c>receiverType</c> and <c>conversationId</c> only for <c>GET /messages</c>.</summary>
    private static MessageQuery ReadFilter(QueryReader query, bool withConversationFilters)
    {
        var categories = Categories(query);
        var types = query.List("types");
        if (query.String("type") is { } type)
        {
            types.Add(type);
        }

        string? receiverType = null;
        string? conversationId = null;
        bool hideDeleted = false, onlyDeleted = false;
        if (withConversationFilters)
        {
            receiverType = query.String("receiverType");
            if (receiverType is not null && !new ReceiverType(receiverType).IsKnown)
            {
                query.Errors.Add("receiverType", $"The receiverType must be user or group, not '{receiverType}'.");
            }

            conversationId = query.String("conversationId");
            hideDeleted = query.Boolean("hideDeleted");
            onlyDeleted = query.Boolean("onlyDeleted");
        }

        var attachmentTypes = query.List("attachmentTypes");
        foreach (var value in attachmentTypes)
        {
            if (value is not ("image" or "video" or "audio" or "file"))
            {
                query.Errors.Add("attachmentTypes", $"The attachmentTypes accept image, video, audio and file, not '{value}'.");
            }
        }

        return new MessageQuery
        {
            Categories = categories,
            Types = types,
            Tags = query.List("tags"),
            WithTags = query.Boolean("withTags"),
            Sender = query.String("sender"),
            SearchKey = query.String("searchKey"),
            FromTimestamp = query.Long("fromTimestamp"),
            ToTimestamp = query.Long("toTimestamp"),
            ReceiverType = receiverType,
            ConversationId = conversationId,
            HideDeleted = hideDeleted,
            OnlyDeleted = onlyDeleted,
            HideReplies = query.Boolean("hideReplies"),
            HasAttachments = query.OptionalBoolean("hasAttachments"),
            AttachmentTypes = attachmentTypes,
            HasMentions = query.OptionalBoolean("hasMentions"),
            MentionedUids = query.List("mentionedUids"),
            HasLinks = query.OptionalBoolean("hasLinks"),
            HasReactions = query.OptionalBoolean("hasReactions"),
            MyMentionsOnly = query.Boolean("myMentionsOnly"),
            HideMessagesFromBlockedUsers = query.Boolean("hideMessagesFromBlockedUsers"),

            // unread only counts together with count, as the spec says.
            UnreadOnly = query.Boolean("count") && query.Boolean("unread"),
            Undelivered = query.Boolean("undelivered"),
        };
    }

    private static List<string> Categories(QueryReader query)
    {
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

        return categories;
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
        var filter = ReadFilter(query, withConversationFilters: false);
        var paging = query.Paging();

        // The cursor form: affix and id anchor the list; limit (with onBehalfOf, as documented) sizes the page.
        var cursor = ReadCursor(query, "limit", DefaultLimit);
        var onBehalfOf = context.Header("onBehalfOf");
        if (query.String("limit") is not null && onBehalfOf is not null)
        {
            paging = paging with { PerPage = cursor.Limit };
        }

        query.Errors.ThrowIfAny();

        var anchor = query.String("affix") is not null || cursor.AnchorId is not null ? cursor : (MessageCursorRequest?)null;
        var page = _store.ListUserMessages(context.RouteValue("uid"), onBehalfOf, filter, paging, anchor);
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
            if (request.Type is "image" or "video" or "audio" or "file")
            {
                // The REST API sends media that is already uploaded: each attachment needs at least its URL.
                if (request.Data?.Attachments is not { Count: > 0 } attachments)
                {
                    throw new ApiError(400, CometChatErrorCodes.EmptyMessageFile, $"A {request.Type} message needs data.attachments.");
                }

                if (attachments.Any(a => string.IsNullOrWhiteSpace(a.Url) || !Uri.TryCreate(a.Url, UriKind.Absolute, out _)))
                {
                    throw new ApiError(400, CometChatErrorCodes.InvalidMediaMessage, "Every attachment needs an absolute url.");
                }
            }
            else if (request.Type != "text")
            {
                throw new ApiError(400, CometChatErrorCodes.InvalidMessageType, $"The type of a message must be text, image, video, audio or file, not '{request.Type}'.");
            }
            else if (string.IsNullOrWhiteSpace(request.Data?.Text))
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
