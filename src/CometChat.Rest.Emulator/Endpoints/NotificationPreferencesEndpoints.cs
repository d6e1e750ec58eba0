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
/// Per-user notification state: preferences, muted conversations, the schedule timezone and contact details.
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
        routes.MapGet(Route + "/preferences", GetPreferencesAsync);
        routes.MapPatch(Route + "/preferences", UpdatePreferencesAsync);
        routes.MapDelete(Route + "/preferences", ResetPreferencesAsync);
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

    // A user's preference field and the app setting it overrides: {user section, user field, app section, app field}.
    private static readonly (string UserSection, string UserField, string AppSection, string AppField)[] PreferenceFields =
    [
        ("groupPreferences", "groupMessages", "group", "messagesSetting"),
        ("groupPreferences", "groupReplies", "group", "repliesSetting"),
        ("groupPreferences", "groupQuotedReplies", "group", "quotedRepliesSetting"),
        ("groupPreferences", "groupReactions", "group", "reactionsSetting"),
        ("groupPreferences", "groupMemberLeft", "group", "memberLeftSetting"),
        ("groupPreferences", "groupMemberAdded", "group", "memberAddedSetting"),
        ("groupPreferences", "groupMemberJoined", "group", "memberJoinedSetting"),
        ("groupPreferences", "groupMemberKicked", "group", "memberKickedSetting"),
        ("groupPreferences", "groupMemberBanned", "group", "memberBannedSetting"),
        ("groupPreferences", "groupMemberUnbanned", "group", "memberUnbannedSetting"),
        ("groupPreferences", "groupMemberScopeChanged", "group", "memberScopeChangedSetting"),
        ("oneOnOnePreferences", "oneOnOneMessages", "oneOnOne", "messagesSetting"),
        ("oneOnOnePreferences", "oneOnOneReplies", "oneOnOne", "repliesSetting"),
        ("oneOnOnePreferences", "oneOnOneQuotedReplies", "oneOnOne", "quotedRepliesSetting"),
        ("oneOnOnePreferences", "oneOnOneReactions", "oneOnOne", "reactionsSetting"),
        ("mutePreferences", "dnd", "mute", "dndPreferenceSetting"),
        ("mutePreferences", "schedule", "mute", "schedulePreferenceSetting"),
    ];

    private async Task GetPreferencesAsync(HttpContext context)
    {
        var uid = _store.RequireActiveUser(RequiredUid(context, fromHeader: false));
        await WriteEffectiveAsync(context, uid).ConfigureAwait(false);
    }

    private async Task UpdatePreferencesAsync(HttpContext context)
    {
        var uid = _store.RequireActiveUser(RequiredUid(context, fromHeader: false));
        var request = await JsonBody.ReadAsync(context, UserNotificationPreferencesJsonConverter.Instance, []).ConfigureAwait(false);
        var fields = ModelJson.ToObject(request, UserNotificationPreferencesJsonConverter.Instance);
        var errors = new ValidationErrors();
        foreach (var (section, field, _, _) in PreferenceFields)
        {
            // The event settings are 1..3 (dnd 1..2); the schedule is an object and is taken as sent.
            if (fields[section]?[field] is JsonValue value && value.TryGetValue<int>(out var number) && (number < 1 || number > (field == "dnd" ? 2 : 3)))
            {
                errors.Add($"{section}.{field}", $"{field} must be between 1 and {(field == "dnd" ? 2 : 3)}, not {number}.");
            }
        }

        errors.ThrowIfAny();
        _store.WriteNotificationDocument("preferences:" + uid, fields, EmulatorStore.DocumentWrite.Merge, "notification preferences");
        await WriteEffectiveAsync(context, uid).ConfigureAwait(false);
    }

    private async Task ResetPreferencesAsync(HttpContext context)
    {
        var uid = _store.RequireActiveUser(RequiredUid(context, fromHeader: false));
        _store.DeleteNotificationDocument("preferences:" + uid, what: null);

        // After a reset the user has the app's settings, answered in the user's shape.
        var app = _store.GetNotificationDocument(NotificationSettingsEndpoints.Route)?["preferences"];
        var reset = new JsonObject();
        foreach (var (section, field, appSection, appField) in PreferenceFields)
        {
            if (app?[appSection]?[appField] is { } value)
            {
                var target = reset[section] as JsonObject ?? (JsonObject)(reset[section] = new JsonObject());
                target[field] = value.DeepClone();
            }
        }

        await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(reset, UserNotificationPreferencesJsonConverter.Instance), UserNotificationPreferencesJsonConverter.Instance).ConfigureAwait(false);
    }

    /// <summary>The app's settings with the user's own choices in place of the app's values.</summary>
    private async Task WriteEffectiveAsync(HttpContext context, string uid)
    {
        var settings = _store.GetNotificationDocument(NotificationSettingsEndpoints.Route) ?? [];
        var own = _store.GetNotificationDocument("preferences:" + uid);
        foreach (var (section, field, appSection, appField) in PreferenceFields)
        {
            if (own?[section]?[field] is { } value)
            {
                var preferences = settings["preferences"] as JsonObject ?? (JsonObject)(settings["preferences"] = new JsonObject());
                var target = preferences[appSection] as JsonObject ?? (JsonObject)(preferences[appSection] = new JsonObject());
                target[appField] = value.DeepClone();
            }
        }

        await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(settings, NotificationSettingsJsonConverter.Instance), NotificationSettingsJsonConverter.Instance).ConfigureAwait(false);
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
