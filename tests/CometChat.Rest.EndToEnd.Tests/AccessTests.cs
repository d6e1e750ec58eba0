using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>The apikey header and key scopes, through the typed client.</summary>
public sealed class AccessTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AccessTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task A_wrong_key_fails_with_AuthApikeyNotFound()
    {
        using var client = _fixture.CreateClient("not-a-key-of-this-app");

        var ex = await TestData.AssertFailsAsync(() => client.Users.ListAsync(), CometChatErrorCodes.AuthApiKeyNotFound, 401);

        Assert.Contains(_fixture.Emulator.AppId, ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auth_only_key_may_create_users_and_auth_tokens()
    {
        using var client = _fixture.CreateClient(_fixture.Emulator.AuthOnlyApiKey);
        var uid = TestData.NewUid();

        var user = await client.Users.CreateAsync(new CreateUserRequest { Uid = uid, Name = "Signed Up", WithAuthToken = true });
        var token = await client.AuthTokens.CreateAsync(uid, new CreateAuthTokenRequest { Force = true });

        Assert.Equal(uid, user.Uid);
        Assert.NotNull(user.AuthToken);
        Assert.NotEqual(user.AuthToken, token.Value());
    }

    [Fact]
    public async Task An_auth_only_key_may_do_nothing_else()
    {
        using var client = _fixture.CreateClient(_fixture.Emulator.AuthOnlyApiKey);
        var user = await _fixture.Client.CreateUserAsync();

        var ex = await TestData.AssertFailsAsync(() => client.Users.ListAsync(), CometChatErrorCodes.AuthNoAccess, 403);
        Assert.Equal("Users.List", ex.Operation);
        await TestData.AssertFailsAsync(() => client.Users.GetAsync(user.Uid), CometChatErrorCodes.AuthNoAccess, 403);
        await TestData.AssertFailsAsync(() => client.Users.DeleteAsync(user.Uid), CometChatErrorCodes.AuthNoAccess, 403);
        await TestData.AssertFailsAsync(() => client.AuthTokens.ListAsync(user.Uid), CometChatErrorCodes.AuthNoAccess, 403);
        await TestData.AssertFailsAsync(() => client.ApiKeys.ListAsync(), CometChatErrorCodes.AuthNoAccess, 403);
        await TestData.AssertFailsAsync(
            () => client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "escalate", Scope = ApiKeyScope.FullAccess }),
            CometChatErrorCodes.AuthNoAccess,
            403);

        await TestData.AssertFailsAsync(() => client.Groups.ListAsync(), CometChatErrorCodes.AuthNoAccess, 403);
        await TestData.AssertFailsAsync(
            () => client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "G", Type = GroupType.Public }),
            CometChatErrorCodes.AuthNoAccess,
            403);
        await TestData.AssertFailsAsync(() => client.Friends.ListAsync(user.Uid), CometChatErrorCodes.AuthNoAccess, 403);
        await TestData.AssertFailsAsync(() => client.Roles.ListAsync(), CometChatErrorCodes.AuthNoAccess, 403);
        await TestData.AssertFailsAsync(() => client.Metrics.GetMessagesAsync(), CometChatErrorCodes.AuthNoAccess, 403);
        await TestData.AssertFailsAsync(() => client.Calls.ListAsync(), CometChatErrorCodes.AuthNoAccess, 403);

        // Nothing happened: the user is still there.
        Assert.Equal(user.Uid, (await _fixture.Client.Users.GetAsync(user.Uid)).Uid);
    }
}
