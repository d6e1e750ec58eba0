using System;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Notification settings, providers and per-user preferences. One emulator per test: the state is app-wide.</summary>
public sealed class NotificationsTests
{
    [Fact]
    public async Task Settings_are_merged_and_reset()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());

        Assert.True((await client.NotificationSettings.UpdateAsync(new NotificationSettings { Sound = new NotificationSound { Chat = "default" } })).Success);
        Assert.True((await client.NotificationSettings.UpdateAsync(new NotificationSettings { Sound = new NotificationSound { Call = "ring" } })).Success);
        var merged = await client.NotificationSettings.GetAsync();
        await client.NotificationSettings.ResetAsync();

        Assert.Equal("default", merged.Sound!.Chat);
        Assert.Equal("ring", merged.Sound.Call);
        Assert.Null((await client.NotificationSettings.GetAsync()).Sound);
    }

    [Fact]
    public async Task Email_and_sms_providers_are_saved_updated_and_deleted()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var save = new SaveTwilioSettingsRequest { TwilioAccountSid = "AC1", TwilioAuthToken = "token", TwilioSenderPhoneNumber = "+14155550100" };

        await TestData.AssertFailsAsync(() => client.SmsNotifications.GetTwilioAsync(), CometChatErrorCodes.ProviderNotFound, 404);
        await TestData.AssertFailsAsync(() => client.SmsNotifications.UpdateTwilioAsync(new TwilioSettings { IsEnabled = true }), CometChatErrorCodes.ProviderNotFound, 404);
        var saved = await client.SmsNotifications.SaveTwilioAsync(save);
        await TestData.AssertFailsAsync(() => client.SmsNotifications.SaveTwilioAsync(save), CometChatErrorCodes.ProviderAlreadyExists, 400);
        var updated = await client.SmsNotifications.UpdateTwilioAsync(new TwilioSettings { IsEnabled = false });

        Assert.Equal("AC1", saved.TwilioAccountSid);
        Assert.False(updated.IsEnabled);
        Assert.Equal("+14155550100", (await client.SmsNotifications.GetTwilioAsync()).TwilioSenderPhoneNumber);
        Assert.True((await client.SmsNotifications.DeleteTwilioAsync()).Success);
        await TestData.AssertFailsAsync(() => client.SmsNotifications.DeleteTwilioAsync(), CometChatErrorCodes.ProviderNotFound, 404);

        var sendGrid = await client.EmailNotifications.SaveSendGridAsync(new SaveSendGridSettingsRequest
        {
            SendGridApiKey = "SG.key", SendGridTemplateId = "d-1", SendGridUnsubscribeGroupId = "1", SenderName = "Chat", SenderEmail = "chat@example.com", AllowEmailReplies = false,
        });
        Assert.Equal("chat@example.com", sendGrid.SenderEmail);
        Assert.Equal("Mail", (await client.EmailNotifications.UpdateSendGridAsync(new SendGridSettings { SenderName = "Mail" })).SenderName);
    }

    [Fact]
    public async Task Push_providers_are_listed_without_credentials()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());

        await client.PushNotifications.AddFcmProviderAsync(new FcmPushProvider { ProviderId = "fcm-1", ServiceAccountFilename = "a.json", ServiceAccountCreds = new FcmServiceAccountCredentials { ProjectId = "p", PrivateKey = "secret" } });
        await client.PushNotifications.AddFcmProviderAsync(new FcmPushProvider { ProviderId = "fcm-2", ServiceAccountFilename = "b.json" });
        await TestData.AssertFailsAsync(() => client.PushNotifications.AddFcmProviderAsync(new FcmPushProvider { ProviderId = "fcm-1" }), CometChatErrorCodes.ProviderAlreadyExists, 400);
        await client.PushNotifications.UpdateFcmProviderAsync(new FcmPushProvider { ProviderId = "fcm-2", ServiceAccountFilename = "c.json" });
        await client.PushNotifications.SetDefaultFcmProviderAsync("fcm-2");
        var listed = (await client.PushNotifications.ListFcmProvidersAsync()).PushProviders!;

        Assert.Equal(["fcm-2", "fcm-1"], listed.Select(p => p.ProviderId));
        Assert.Equal("c.json", listed[0].ServiceAccountFilename);
        Assert.All(listed, p => Assert.Null(p.ServiceAccountCreds));
        Assert.True((await client.PushNotifications.DeleteFcmProviderAsync("fcm-1")).Success);
        await TestData.AssertFailsAsync(() => client.PushNotifications.DeleteFcmProviderAsync("fcm-1"), CometChatErrorCodes.ProviderNotFound, 404);

        var apns = await client.PushNotifications.AddApnsProviderAsync(new ApnsPushProvider { ProviderId = "apns-1", KeyId = "K", P8Key = "secret" });
        Assert.Null(apns.PushProviders!.Single().P8Key);

        var custom = await client.PushNotifications.SaveCustomProviderAsync(new SaveCustomPushProviderRequest { IsEnabled = true, WebhookUrl = "https://push.example.com", UseBasicAuth = false, BasicAuthUsername = "", BasicAuthPassword = "" });
        Assert.Equal("https://push.example.com", custom.PushProviders!.Single().WebhookUrl);
        Assert.True((await client.PushNotifications.DeleteCustomProviderAsync()).Success);
    }

    [Fact]
    public async Task Users_mute_conversations_and_set_timezone_and_contact_details()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var user = await client.CreateUserAsync();
        var until = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds();

        await client.NotificationPreferences.MuteAsync(user.Uid, new MuteConversationsRequest { Conversations = [new MutedConversation { Id = "g1", Type = NotificationConversationType.Group, Until = until }, new MutedConversation { Id = "u2", Type = NotificationConversationType.OneOnOne }] });
        await client.NotificationPreferences.UnmuteAsync(user.Uid, new UnmuteConversationsRequest { Conversations = [new ConversationReference { Id = "u2", Type = NotificationConversationType.OneOnOne }] });
        var muted = (await client.NotificationPreferences.ListMutedAsync(user.Uid)).MutedConversations!;

        Assert.Equal(until, muted.Single().Until);
        await TestData.AssertFailsAsync(() => client.NotificationPreferences.MuteAsync(user.Uid, new MuteConversationsRequest { Conversations = [new MutedConversation { Id = "g1", Type = NotificationConversationType.Group, Until = 1 }] }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => client.NotificationPreferences.ListMutedAsync("missing-user"), CometChatErrorCodes.UidNotFound, 404);

        Assert.Equal("UTC", (await client.NotificationPreferences.GetTimezoneAsync(user.Uid)).Timezone);
        Assert.Equal("Asia/Tokyo", (await client.NotificationPreferences.UpdateTimezoneAsync(user.Uid, new NotificationTimezone { Timezone = "Asia/Tokyo" })).Timezone);
        await TestData.AssertFailsAsync(() => client.NotificationPreferences.UpdateTimezoneAsync(user.Uid, new NotificationTimezone { Timezone = "Mars/Base" }), CometChatErrorCodes.BadRequest, 400);

        await client.NotificationPreferences.UpdateContactDetailsAsync(user.Uid, new ContactDetails { Email = "a@example.com" });
        var details = await client.NotificationPreferences.UpdateContactDetailsAsync(user.Uid, new ContactDetails { PhoneNumber = "+14155550100" });
        Assert.Equal("a@example.com", details.Email);
        Assert.Equal("+14155550100", (await client.NotificationPreferences.GetContactDetailsAsync(user.Uid)).PhoneNumber);
        await client.NotificationPreferences.DeleteContactDetailsAsync(user.Uid);
        Assert.Null((await client.NotificationPreferences.GetContactDetailsAsync(user.Uid)).Email);
    }

    [Fact]
    public async Task User_preferences_override_the_app_settings_until_reset()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var user = await client.CreateUserAsync();
        await client.NotificationSettings.UpdateAsync(new NotificationSettings
        {
            Preferences = new NotificationPreferenceSettings
            {
                Group = new NotificationGroupSettings { MessagesSetting = 2, RepliesSetting = 2 },
                OneOnOne = new NotificationOneOnOneSettings { ReactionsSetting = 2 },
            },
        });

        var updated = await client.NotificationPreferences.UpdateAsync(user.Uid, new UserNotificationPreferences
        {
            GroupPreferences = new GroupNotificationPreferences { GroupMessages = 3 },
            MutePreferences = new MuteNotificationPreferences { Dnd = 2 },
        });
        var read = await client.NotificationPreferences.GetAsync(user.Uid);

        Assert.Equal(3, updated.Preferences!.Group!.MessagesSetting);
        Assert.Equal(3, read.Preferences!.Group!.MessagesSetting);
        Assert.Equal(2, read.Preferences.Group.RepliesSetting);
        Assert.Equal(2, read.Preferences.Mute!.DndPreferenceSetting);
        Assert.Equal(2, read.Preferences.OneOnOne!.ReactionsSetting);
        // The client refuses out-of-range values itself, so the emulator's own check is reached with raw HTTP.
        using (var http = new System.Net.Http.HttpClient { BaseAddress = emulator.BaseUri })
        using (var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Patch, "notifications/v1/preferences?uid=" + user.Uid))
        {
            request.Headers.Add("apikey", emulator.RestApiKey);
            request.Content = new System.Net.Http.StringContent("{\"groupPreferences\":{\"groupReplies\":7}}", System.Text.Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(request);
            Assert.Equal(400, (int)response.StatusCode);
            Assert.Contains(CometChatErrorCodes.BadRequest, await response.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
        }

        await TestData.AssertFailsAsync(() => client.NotificationPreferences.GetAsync("missing-user"), CometChatErrorCodes.UidNotFound, 404);

        var reset = await client.NotificationPreferences.ResetAsync(user.Uid);

        Assert.Equal(2, reset.GroupPreferences!.GroupMessages);
        Assert.Equal(2, reset.OneOnOnePreferences!.OneOnOneReactions);
        Assert.Null(reset.MutePreferences);
        Assert.Equal(2, (await client.NotificationPreferences.GetAsync(user.Uid)).Preferences!.Group!.MessagesSetting);
    }

    [Fact]
    public async Task The_notification_log_is_empty_because_nothing_is_delivered()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());

        var page = await client.NotificationLogs.ListAsync();

        Assert.Empty(page.Items);
        Assert.False(page.HasNextPage);
        Assert.Equal(0, page.Meta!.Current!.Count);
    }
}
