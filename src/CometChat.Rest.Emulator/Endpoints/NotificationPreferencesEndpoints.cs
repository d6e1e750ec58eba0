using System;
using System.Linq;
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

/// <summary>
/// Per-user notification state: muted conversations, the schedule timezone and contact details. The preference
/// documents themselves (GET / PATCH / DELETE <c>/notifications/v1/preferences</c>) are not emulated.
/// </summary>
internal sealed class NotificationPreferencesEndpoints
{
    /// <summary>The timezone a user has until they set one (a guess: CometChat does not document its default).</summary>
    internal const string DefaultTimezone = "UTC";

    private const string Route = "/v3/notifications/v1";

    private readonly EmulatorStore _store;
    private readonly TimeProvider _time;

    public NotificationPreferencesEndpoints(EmulatorStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route + "/preferences/mute", ListMutedAsync);
        routes.MapPut(Route + "/preferences/mute", MuteAsync);
        routes.MapDelete(Route + "/preferences/mute", UnmuteAsync);
        routes.MapGet(Route + "/preferences/timezone", GetTimezoneAsync);
        routes.MapPatch(Route + "/preferences/timezone", UpdateTimezoneAsync);
        routes.MapGet(Route + "/contact-details", GetContactDetailsAsync);
        routes.MapPatch(Route + "/contact-details", UpdateContactDetailsAsync);
        routes.MapDelete(Route + "/contact-details", DeleteContactDetailsAsync);
    }

    private static string RequiredUid(HttpContext context, bool fromHeader)
    {
        var uid = fromHeader ? context.Header("onBehalfOf") : new QueryReader(context.Request).String("uid");
        return string.IsNullOrEmpty(uid)
            ? throw ApiError.Validation(fromHeader ? "onBehalfOf" : "uid", fromHeader ? "The onBehalfOf header is required." : "The uid parameter is required.")
            : uid;
    }

    private async Task ListMutedAsync(HttpContext context)
    {
        var muted = _store.ListMutedConversations(RequiredUid(context, fromHeader: false));
        var list = new JsonObject { ["mutedConversations"] = new JsonArray([.. muted.Cast<JsonNode>()]) };
        await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(list, MutedConversationListJsonConverter.Instance), MutedConversationListJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task MuteAsync(HttpContext context)
    {
        var uid = RequiredUid(context, fromHeader: false);
        var request = await JsonBody.ReadAsync(context, MuteConversationsRequestJsonConverter.Instance, ["conversations"]).ConfigureAwait(false);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var errors = new ValidationErrors();
        foreach (var conversation in request.Conversations)
        {
            if (!conversation.Type.IsKnown)
            {
                errors.Add("conversations.type", $"The type must be oneOnOne or group, not '{conversation.Type.Value}'.");
            }

            if (conversation.Until is { } until && until <= now)
            {
                errors.Add("conversations.until", "until must be in the future (Unix milliseconds).");
            }
        }

        errors.ThrowIfAny();
        _store.MuteConversations(uid, request.Conversations.Select(c => ModelJson.ToObject(c, MutedConversationJsonConverter.Instance)));
        await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
    }

    private async Task UnmuteAsync(HttpContext context)
    {
        var uid = RequiredUid(context, fromHeader: false);
        var request = await JsonBody.ReadAsync(context, UnmuteConversationsRequestJsonConverter.Instance, ["conversations"]).ConfigureAwait(false);
        _store.UnmuteConversations(uid, request.Conversations.Select(c => ModelJson.ToObject(c, ConversationReferenceJsonConverter.Instance)));
        await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
    }

    private async Task GetTimezoneAsync(HttpContext context)
    {
        var uid = _store.RequireActiveUser(RequiredUid(context, fromHeader: false));
        var timezone = _store.GetNotificationDocument("timezone:" + uid) ?? new JsonObject { ["timezone"] = DefaultTimezone };
        await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(timezone, NotificationTimezoneJsonConverter.Instance), NotificationTimezoneJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateTimezoneAsync(HttpContext context)
    {
        var uid = _store.RequireActiveUser(RequiredUid(context, fromHeader: false));
        var request = await JsonBody.ReadAsync(context, NotificationTimezoneJsonConverter.Instance, ["timezone"]).ConfigureAwait(false);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(request.Timezone, out _))
        {
            throw ApiError.Validation("timezone", $"{request.Timezone} is not an IANA timezone.");
        }

        var timezone = _store.WriteNotificationDocument("timezone:" + uid, ModelJson.ToObject(request, NotificationTimezoneJsonConverter.Instance), EmulatorStore.DocumentWrite.Merge, "timezone");
        await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(timezone, NotificationTimezoneJsonConverter.Instance), NotificationTimezoneJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetContactDetailsAsync(HttpContext context)
    {
        var uid = _store.RequireActiveUser(RequiredUid(context, fromHeader: true));
        var details = _store.GetNotificationDocument("contact:" + uid) ?? [];
        await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(details, ContactDetailsJsonConverter.Instance), ContactDetailsJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateContactDetailsAsync(HttpContext context)
    {
        var uid = _store.RequireActiveUser(RequiredUid(context, fromHeader: true));
        var request = await JsonBody.ReadAsync(context, ContactDetailsJsonConverter.Instance, []).ConfigureAwait(false);
        if (request.Email is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            throw ApiError.Validation("email", "The email must be an email address.");
        }

        var details = _store.WriteNotificationDocument("contact:" + uid, ModelJson.ToObject(request, ContactDetailsJsonConverter.Instance), EmulatorStore.DocumentWrite.Merge, "contact details");
        await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(details, ContactDetailsJsonConverter.Instance), ContactDetailsJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteContactDetailsAsync(HttpContext context)
    {
        var uid = _store.RequireActiveUser(RequiredUid(context, fromHeader: true));
        _store.DeleteNotificationDocument("contact:" + uid, what: null);
        await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
    }
}
