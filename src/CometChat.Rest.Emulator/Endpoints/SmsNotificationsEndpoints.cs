using CometChat.Rest.Emulator.State;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The eight SMS provider operations: Twilio and a custom webhook, each saved, read, updated and deleted.</summary>
internal sealed class SmsNotificationsEndpoints
{
    private readonly EmulatorStore _store;

    public SmsNotificationsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        NotificationDocumentEndpoints.MapProvider(
            routes, _store, "/v3/notifications/sms/v1/providers/twilio", "Twilio provider",
            SaveTwilioSettingsRequestJsonConverter.Instance,
            ["twilioAccountSID", "twilioAuthToken", "twilioSenderPhoneNumber"],
            TwilioSettingsJsonConverter.Instance,
            TwilioSettingsJsonConverter.Instance);
        NotificationDocumentEndpoints.MapProvider(
            routes, _store, "/v3/notifications/sms/v1/providers/custom", "custom SMS provider",
            SaveCustomSmsProviderRequestJsonConverter.Instance,
            ["isEnabled", "useStoredPhNo", "webhookURL", "useBasicAuth", "basicAuthUsername", "basicAuthPassword"],
            CustomSmsProviderJsonConverter.Instance,
            CustomSmsProviderJsonConverter.Instance);
    }
}
