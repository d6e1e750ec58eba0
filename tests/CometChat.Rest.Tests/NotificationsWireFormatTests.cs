using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What the notification operations send, and how they read the spec's 200 examples.</summary>
public sealed class NotificationsWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    private static readonly string[] s_tags =
        ["Notification Settings", "Push Notifications", "Email Notifications", "SMS Notifications", "Notification Preferences", "Notification Logs"];

    public static TheoryData<string> NotificationOperations => new(SpecResponseModels.OperationIdsTagged(s_tags));

    [Theory]
    [MemberData(nameof(NotificationOperations))]
    public void Every_notification_operation_reads_its_own_example(string operationId) => ExampleAssert.ReadsItsOwnExample(operationId);

    [Fact]
    public void The_groups_hold_the_49_published_notification_operations() => Assert.Equal(49, SpecResponseModels.OperationIdsTagged(s_tags).Count);

    [Fact]
    public async Task Update_settings_patches_only_the_given_parts()
    {
        using var client = TestClient.Create(SpecExamples.UpdateNotificationSettings, out var handler);

        var result = await client.NotificationSettings.UpdateAsync(new NotificationSettings
        {
            Preferences = new NotificationPreferenceSettings
            {
                Group = new NotificationGroupSettings { MessagesSetting = 3, MessagesOverride = false },
                Email = new NotificationDigestSettings { IntervalInSeconds = 3600 },
            },
            Templates = new NotificationTemplates
            {
                UsePrivacyTemplate = 2,
                PollMessageTemplatePrivacy = new NotificationTemplate { Body = "New poll", BodyFallback = "New message" },
            },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Patch,
            Base + "notifications/v1/settings",
            """
            {"preferences":{"group":{"messagesSetting":3,"messagesOverride":false},"email":{"intervalInSeconds":3600}},
             "templates":{"usePrivacyTemplate":2,"pollMessageTemplatePrivacy":{"body":"New poll","body_fallback":"New message"}}}
            """);
        Assert.True(result.Success);
    }

    [Fact]
    public async Task User_preferences_take_the_uid_as_a_query_parameter()
    {
        using var client = TestClient.Create(SpecExamples.GetNotificationPreferences, out var handler);

        var settings = await client.NotificationPreferences.GetAsync("cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "notifications/v1/preferences?uid=cometchat-uid-1");
        Assert.Equal(2, settings.Preferences!.Group!.MessagesSetting);
        Assert.Equal(2359, settings.Preferences.Mute!.SchedulePreferenceSetting!.Sunday!.To);
        Assert.Equal("default", settings.Sound!.Chat);
        Assert.Equal("New message", settings.Templates!.CustomMessageTemplatePrivacy!.BodyFallback);
        Assert.Equal("New message", settings.Templates.MediaMessageTemplatePrivacy!.BodyImage);
    }

    [Fact]
    public async Task Mute_sends_each_conversation_with_its_end_in_milliseconds()
    {
        using var client = TestClient.Create(SpecExamples.MuteConversations, out var handler);

        await client.NotificationPreferences.MuteAsync("cometchat-uid-1", new MuteConversationsRequest
        {
            Conversations =
            [
                new MutedConversation { Id = "cometchat-guid-1", Type = NotificationConversationType.Group, Until = 1710696964705 },
                new MutedConversation { Id = "cometchat-uid-2", Type = NotificationConversationType.OneOnOne },
            ],
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Put,
            Base + "notifications/v1/preferences/mute?uid=cometchat-uid-1",
            """{"conversations":[{"id":"cometchat-guid-1","type":"group","until":1710696964705},{"id":"cometchat-uid-2","type":"oneOnOne"}]}""");
    }

    [Fact]
    public async Task A_bad_uid_is_refused_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.GetNotificationPreferences, out var handler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.NotificationPreferences.GetTimezoneAsync("alice smith"));

        Assert.Equal("uid", error.ParamName);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Register_token_sends_the_platform_specific_token_field()
    {
        using var client = TestClient.Create(SpecExamples.RegisterPushToken, out var handler);

        await client.PushNotifications.RegisterTokenAsync(new RegisterPushTokenRequest
        {
            Platform = PushTokenPlatform.ApnsIosVoip,
            VoipToken = "voip-token-1",
            ProviderId = "apns-provider-1",
            AuthToken = "cometchat-uid-1_1630306819c3027ce530b2367f3c97b4106f0cb8",
            Timezone = "Asia/Kolkata",
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "notifications/push/v1/tokens",
            """{"platform":"apns_ios_voip","providerId":"apns-provider-1","voipToken":"voip-token-1","authToken":"cometchat-uid-1_1630306819c3027ce530b2367f3c97b4106f0cb8","timezone":"Asia/Kolkata"}""");
    }

    [Fact]
    public async Task A_push_token_over_4096_characters_is_refused_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.RegisterPushToken, out var handler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.PushNotifications.RegisterTokenAsync(new RegisterPushTokenRequest
        {
            Platform = PushTokenPlatform.FcmAndroid,
            FcmToken = new string('x', 4097),
            AuthToken = "token",
        }));

        Assert.Contains("FcmToken", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task List_tokens_sends_the_auth_token_and_all_flag()
    {
        using var client = TestClient.Create(SpecExamples.ListPushTokens, out var handler);

        var tokens = await client.PushNotifications.ListTokensAsync("cometchat-uid-3_token", new ListPushTokensOptions { All = true });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "notifications/push/v1/tokens?authToken=cometchat-uid-3_token&all=true");
        var token = Assert.Single(tokens.PushTokens!);
        Assert.Equal(PushTokenPlatform.FcmAndroid, token.Platform);
        Assert.Equal("cometchat-uid-3", token.Uid);
    }

    [Fact]
    public async Task Delete_token_escapes_the_token_in_the_path_and_sends_the_session()
    {
        using var client = TestClient.Create(SpecExamples.DeletePushToken, out var handler);

        await client.PushNotifications.DeleteTokenAsync("abc:def/1", new UnregisterPushTokensRequest { AuthToken = "t1" });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "notifications/push/v1/tokens/abc%3Adef%2F1", """{"authToken":"t1"}""");
    }

    [Fact]
    public async Task Add_fcm_provider_sends_the_service_account_under_its_json_names()
    {
        using var client = TestClient.Create(SpecExamples.AddFcmProvider, out var handler);

        var result = await client.PushNotifications.AddFcmProviderAsync(new FcmPushProvider
        {
            ProviderId = "fcm-provider-2",
            ServiceAccountCreds = new FcmServiceAccountCredentials { ProjectId = "p1", ClientEmail = "a@p1.iam.gserviceaccount.com", PrivateKey = "KEY", PrivateKeyId = "k1" },
            NotificationInPayload = new FcmNotificationPayloads { Android = new NotificationPayloadOptions { Chat = true, Call = false } },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "notifications/push/v1/providers/fcm",
            """
            {"providerId":"fcm-provider-2","serviceAccountCreds":{"project_id":"p1","client_email":"a@p1.iam.gserviceaccount.com","private_key":"KEY","private_key_id":"k1"},
             "notificationInPayload":{"android":{"chat":true,"call":false}}}
            """);
        Assert.True(result.Success);
    }

    [Fact]
    public async Task Set_default_provider_puts_the_provider_id_in_the_path()
    {
        using var client = TestClient.Create("""{"data":{"success":true}}""", out var handler);

        await client.PushNotifications.SetDefaultApnsProviderAsync("apns-provider-2");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "notifications/push/v1/providers/apns/default/apns-provider-2");
    }

    [Fact]
    public async Task Save_sendgrid_sends_the_id_fields_under_their_json_names()
    {
        using var client = TestClient.Create(SpecExamples.SaveSendGridSettings, out var handler);

        var saved = await client.EmailNotifications.SaveSendGridAsync(new SaveSendGridSettingsRequest
        {
            SendGridApiKey = "SG.key",
            SendGridTemplateId = "d-1",
            SendGridUnsubscribeGroupId = "33832",
            SenderName = "Emailer",
            SenderEmail = "noreply@example.com",
            AllowEmailReplies = false,
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "notifications/email/v1/providers/sendgrid",
            """{"sendGridApiKey":"SG.key","sendGridTemplateID":"d-1","sendGridUnsubscribeGroupID":"33832","senderName":"Emailer","senderEmail":"noreply@example.com","allowEmailReplies":false}""");
        Assert.StartsWith("https://notifications-us.cometchat.io/", saved.RepliesWebhook, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_twilio_sends_only_the_given_fields()
    {
        using var client = TestClient.Create(SpecExamples.UpdateTwilioSettings, out var handler);

        var settings = await client.SmsNotifications.UpdateTwilioAsync(new TwilioSettings { IsEnabled = false });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "notifications/sms/v1/providers/twilio", """{"isEnabled":false}""");
        Assert.Equal("+13611364718", settings.TwilioSenderPhoneNumber);
    }

    [Fact]
    public async Task Contact_details_act_on_behalf_of_the_user()
    {
        using var client = TestClient.Create(SpecExamples.UpdateContactDetails, out var handler);

        var details = await client.NotificationPreferences.UpdateContactDetailsAsync("cometchat-uid-1", new ContactDetails { Email = "someone@example.com", PhoneNumber = "+14155550100" });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Patch,
            Base + "notifications/v1/contact-details",
            """{"email":"someone@example.com","phno":"+14155550100"}""",
            onBehalfOf: "cometchat-uid-1");
        Assert.Equal("+14155550100", details.PhoneNumber);
    }

    [Fact]
    public async Task Logs_send_their_filters_and_page_on_with_the_log_id()
    {
        var handler = new RecordingHandler()
            .EnqueueJson(SpecExamples.ListNotificationLogs)
            .EnqueueJson("""{"data":[],"meta":{"current":{"limit":20,"count":0}}}""");
        using var client = TestClient.Create(handler);

        var first = await client.NotificationLogs.ListAsync(new ListNotificationLogsOptions
        {
            Channel = NotificationChannel.Push,
            NotificationTriggered = false,
            Reason = NotificationSkipReason.MutePreference,
            From = 1742980000000,
        });
        var second = await first.GetNextPageAsync();

        var log = Assert.Single(first.Items);
        Assert.Equal("67e3c56babf90e20e2652edb", log.Id);
        Assert.Equal(NotificationTrigger.MessageReactionAdded, log.Trigger);
        Assert.Equal(PushTokenPlatform.ApnsIosDevice, log.TokenType);
        Assert.Equal(1742980459696, log.ProcessingStartedAtMs);
        Assert.Equal(NotificationSkipReason.MutePreference, log.Reason);
        Assert.NotNull(second);
        Assert.Empty(second.Items);
        Assert.Equal(
            [
                "notifications/v1/logs?from=1742980000000&channel=push&notificationTriggered=false&reason=MUTE_PREFERENCE",
                "notifications/v1/logs?from=1742980000000&channel=push&notificationTriggered=false&reason=MUTE_PREFERENCE&affix=append&logId=3939",
            ],
            handler.Requests.Select(r => r.Url[Base.Length..]));
    }
}
