using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>The six auth-token operations through the typed client.</summary>
public sealed class AuthTokensTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AuthTokensTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Create_without_force_reuses_the_existing_token_and_force_makes_a_new_one()
    {
        var user = await Client.CreateUserAsync();

        var first = await Client.AuthTokens.CreateAsync(user.Uid);
        var reused = await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = false });
        var forced = await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = true });
        var latest = await Client.AuthTokens.CreateAsync(user.Uid);

        Assert.Equal(user.Uid, first.Uid);
        Assert.Matches($"^{user.Uid}_[0-9]{{10}}[0-9a-f]{{30}}$", first.Value());
        Assert.NotNull(first.CreatedAt);
        Assert.Equal(first.Value(), reused.Value());
        Assert.NotEqual(first.Value(), forced.Value());
        Assert.Equal(forced.Value(), latest.Value());
        var all = await Client.AuthTokens.ListAsync(user.Uid);
        Assert.Equal([first.Value(), forced.Value()], all.Items.Select(t => t.Value()));
    }

    [Fact]
    public async Task Create_for_an_unknown_user_fails_with_UidNotFound()
    {
        await TestData.AssertFailsAsync(() => Client.AuthTokens.CreateAsync(TestData.NewUid()), CometChatErrorCodes.UidNotFound, 404);
    }

    [Fact]
    public async Task List_pages_through_the_tokens_oldest_first()
    {
        var user = await Client.CreateUserAsync();
        var tokens = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            tokens.Add((await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = true })).Value());
        }

        var page2 = await Client.AuthTokens.ListAsync(user.Uid, new ListAuthTokensOptions { PerPage = 3, Page = 2 });
        var all = new List<string>();
        await foreach (var token in Client.AuthTokens.ListAllAsync(user.Uid, new ListAuthTokensOptions { PerPage = 3 }))
        {
            all.Add(token.Value());
        }

        Assert.Equal(tokens.Skip(3).Take(3), page2.Items.Select(t => t.Value()));
        Assert.Equal(7, page2.Pagination!.Total);
        Assert.Equal(3, page2.Pagination.TotalPages);
        Assert.Equal(2, page2.Pagination.CurrentPage);
        Assert.Equal(tokens, all);
    }

    [Fact]
    public async Task A_user_keeps_at_most_100_tokens_dropping_the_oldest()
    {
        var user = await Client.CreateUserAsync();
        var tokens = new List<string>();
        for (var i = 0; i < 103; i++)
        {
            tokens.Add((await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = true })).Value());
        }

        var page = await Client.AuthTokens.ListAsync(user.Uid, new ListAuthTokensOptions { PerPage = 1000 });

        Assert.Equal(100, page.Pagination!.Total);
        Assert.Equal(tokens.Skip(3), page.Items.Select(t => t.Value()));
        await TestData.AssertFailsAsync(() => Client.AuthTokens.GetAsync(user.Uid, tokens[0]), CometChatErrorCodes.AuthTokenNotFound, 404);
    }

    [Fact]
    public async Task Get_returns_the_token()
    {
        var user = await Client.CreateUserAsync();
        var created = await Client.AuthTokens.CreateAsync(user.Uid);

        var token = await Client.AuthTokens.GetAsync(user.Uid, created.Value());

        Assert.Equal(user.Uid, token.Uid);
        Assert.Equal(created.Value(), token.Value());
        Assert.Equal(created.CreatedAt, token.CreatedAt);
    }

    [Fact]
    public async Task Get_of_an_unknown_token_fails_with_AuthTokenNotFound()
    {
        var user = await Client.CreateUserAsync();

        var ex = await TestData.AssertFailsAsync(
            () => Client.AuthTokens.GetAsync(user.Uid, user.Uid + "_1630306819c3027ce530b2367f3c97b4106f0cb8"),
            CometChatErrorCodes.AuthTokenNotFound,
            404);
        Assert.Equal("AuthTokens.Get", ex.Operation);
    }

    [Fact]
    public async Task Get_of_another_users_token_fails_with_AuthtokenNotAccessible()
    {
        var owner = await Client.CreateUserAsync();
        var other = await Client.CreateUserAsync();
        var token = await Client.AuthTokens.CreateAsync(owner.Uid);

        await TestData.AssertFailsAsync(
            () => Client.AuthTokens.GetAsync(other.Uid, token.Value()),
            CometChatErrorCodes.AuthTokenNotAccessible,
            403);
    }

    [Fact]
    public async Task Update_records_the_device_details()
    {
        var user = await Client.CreateUserAsync();
        var created = await Client.AuthTokens.CreateAsync(user.Uid);

        var updated = await Client.AuthTokens.UpdateAsync(user.Uid, created.Value(), new UpdateAuthTokenRequest
        {
            Platform = "android",
            UserAgent = "MyApp/1.0",
            AppInfo = new JsonObject { ["version"] = "1.0.3", ["build"] = 42 },
        });

        Assert.Equal(created.Value(), updated.Value());
        Assert.Equal("android", updated.Platform);
        Assert.Equal("MyApp/1.0", updated.UserAgent);
        Assert.Equal(42, (int?)updated.AppInfo?["build"]);

        var partial = await Client.AuthTokens.UpdateAsync(user.Uid, created.Value(), new UpdateAuthTokenRequest { Platform = "ios" });
        Assert.Equal("ios", partial.Platform);
        Assert.Equal("MyApp/1.0", partial.UserAgent);

        var listed = Assert.Single((await Client.AuthTokens.ListAsync(user.Uid)).Items);
        Assert.Equal("ios", listed.Platform);
        Assert.Equal("1.0.3", (string?)listed.AppInfo?["version"]);
    }

    [Fact]
    public async Task Update_of_an_unknown_token_fails_with_AuthTokenNotFound()
    {
        var user = await Client.CreateUserAsync();

        await TestData.AssertFailsAsync(
            () => Client.AuthTokens.UpdateAsync(user.Uid, "nope", new UpdateAuthTokenRequest { Platform = "web" }),
            CometChatErrorCodes.AuthTokenNotFound,
            404);
    }

    [Fact]
    public async Task Delete_removes_one_token()
    {
        var user = await Client.CreateUserAsync();
        var keep = await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = true });
        var drop = await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = true });

        var result = await Client.AuthTokens.DeleteAsync(user.Uid, drop.Value());

        Assert.True(result.Success);
        Assert.Contains(drop.Value(), result.Message, System.StringComparison.Ordinal);
        await TestData.AssertFailsAsync(() => Client.AuthTokens.GetAsync(user.Uid, drop.Value()), CometChatErrorCodes.AuthTokenNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.AuthTokens.DeleteAsync(user.Uid, drop.Value()), CometChatErrorCodes.AuthTokenNotFound, 404);
        var remaining = await Client.AuthTokens.ListAsync(user.Uid);
        Assert.Equal([keep.Value()], remaining.Items.Select(t => t.Value()));
    }

    [Fact]
    public async Task Flush_removes_every_token_of_the_user()
    {
        var user = await Client.CreateUserAsync();
        var other = await Client.CreateUserAsync();
        var token = await Client.AuthTokens.CreateAsync(user.Uid);
        await Client.AuthTokens.CreateAsync(user.Uid, new CreateAuthTokenRequest { Force = true });
        var othersToken = await Client.AuthTokens.CreateAsync(other.Uid);

        var result = await Client.AuthTokens.FlushAsync(user.Uid);

        Assert.True(result.Success);
        Assert.Equal($"Cleared Auth Tokens successfully for uid {user.Uid}.", result.Message);
        var page = await Client.AuthTokens.ListAsync(user.Uid);
        Assert.Empty(page.Items);
        Assert.Equal(0, page.Pagination!.Total);
        await TestData.AssertFailsAsync(() => Client.AuthTokens.GetAsync(user.Uid, token.Value()), CometChatErrorCodes.AuthTokenNotFound, 404);
        Assert.Equal(othersToken.Value(), (await Client.AuthTokens.GetAsync(other.Uid, othersToken.Value())).Value());
    }

    [Fact]
    public async Task Token_operations_on_a_deactivated_user_fail_with_UidNotFound()
    {
        var user = await Client.CreateUserAsync();
        await Client.AuthTokens.CreateAsync(user.Uid);
        await Client.Users.DeactivateAsync(new DeactivateUsersRequest { UidsToDeactivate = [user.Uid] });

        await TestData.AssertFailsAsync(() => Client.AuthTokens.CreateAsync(user.Uid), CometChatErrorCodes.UidNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.AuthTokens.ListAsync(user.Uid), CometChatErrorCodes.UidNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.AuthTokens.FlushAsync(user.Uid), CometChatErrorCodes.UidNotFound, 404);
    }
}
