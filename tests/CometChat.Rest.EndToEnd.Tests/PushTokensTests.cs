using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Push tokens, registered per auth-token session.</summary>
public sealed class PushTokensTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public PushTokensTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Tokens_are_registered_listed_and_removed_per_session()
    {
        var user = await Client.CreateUserAsync();
        var phone = (await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = true })).Token;
        var laptop = (await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = true })).Token;
        await Client.PushNotifications.AddFcmProviderAsync(new FcmPushProvider { ProviderId = "fcm-" + user.Uid });

        await Client.PushNotifications.RegisterTokenAsync(new RegisterPushTokenRequest { Platform = PushTokenPlatform.FcmAndroid, FcmToken = "fcm-" + user.Uid, AuthToken = phone });
        await Client.PushNotifications.RegisterTokenAsync(new RegisterPushTokenRequest { Platform = PushTokenPlatform.ApnsIosVoip, VoipToken = "voip-" + user.Uid, AuthToken = laptop });
        var session = (await Client.PushNotifications.ListTokensAsync(phone)).PushTokens!;
        var all = (await Client.PushNotifications.ListTokensAsync(phone, new ListPushTokensOptions { All = true })).PushTokens!;

        var token = Assert.Single(session);
        Assert.Equal(("fcm-" + user.Uid, "chat", user.Uid), (token.PushTokenValue, token.PushTokenType, token.Uid));
        Assert.Equal("fcm-" + user.Uid, token.ProviderId);
        Assert.Equal(2, all.Count);
        Assert.Equal("voip", all.Single(t => t.AuthToken == laptop).PushTokenType);
        await TestData.AssertFailsAsync(() => Client.PushNotifications.RegisterTokenAsync(new RegisterPushTokenRequest { Platform = PushTokenPlatform.FcmWeb, AuthToken = phone }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.PushNotifications.ListTokensAsync("no-such-token"), CometChatErrorCodes.AuthTokenNotFound, 404);

        var removed = (await Client.PushNotifications.DeleteTokenAsync("voip-" + user.Uid, new UnregisterPushTokensRequest { AuthToken = phone })).PushTokens!;
        Assert.Equal("voip-" + user.Uid, Assert.Single(removed).PushTokenValue);
        await TestData.AssertFailsAsync(() => Client.PushNotifications.DeleteTokenAsync("voip-" + user.Uid, new UnregisterPushTokensRequest { AuthToken = phone }), CometChatErrorCodes.TokenNotFound, 404);
        Assert.Single((await Client.PushNotifications.UnregisterTokensAsync(new UnregisterPushTokensRequest { AuthToken = phone }, new UnregisterPushTokensOptions { All = true })).PushTokens!);
        Assert.Empty((await Client.PushNotifications.ListTokensAsync(phone, new ListPushTokensOptions { All = true })).PushTokens!);
    }
}
