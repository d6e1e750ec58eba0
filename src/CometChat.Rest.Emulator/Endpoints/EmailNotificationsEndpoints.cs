using CometChat.Rest.Emulator.State;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The eight email provider operations: SendGrid and a custom webhook, each saved, read, updated and deleted.</summary>
internal sealed class EmailNotificationsEndpoints
{
    private readonly EmulatorStore _store;

    public EmailNotificationsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        NotificationDocumentEndpoints.MapProvider(
            routes, _store, "/v3/notifications/email/v1/providers/sendgrid", "SendGrid provider",
            SaveSendGridSettingsRequestJsonConverter.Instance,
            ["sendGridApiKey", "sendGridTemplateID", "sendGridUnsubscribeGroupID", "senderName", "senderEmail", "allowEmailReplies"],
            SendGridSettingsJsonConverter.Instance,
            SendGridSettingsJsonConverter.Instance);
        NotificationDocumentEndpoints.MapProvider(
            routes, _store, "/v3/notifications/email/v1/providers/custom", "custom email provider",
            SaveCustomEmailProviderRequestJsonConverter.Instance,
            ["isEnabled", "useStoredEmailID", "webhookURL", "useBasicAuth", "basicAuthUsername", "basicAuthPassword"],
            CustomEmailProviderJsonConverter.Instance,
            CustomEmailProviderJsonConverter.Instance);
    }
}
