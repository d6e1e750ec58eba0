using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>The five API-key operations through the typed client.</summary>
public sealed class ApiKeysTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ApiKeysTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    private CometChatEmulator Emulator => _fixture.Emulator;

    [Fact]
    public async Task The_emulators_own_keys_are_listed_with_CometChats_names_and_scopes()
    {
        var keys = await Client.ApiKeys.ListAsync(new ListApiKeysOptions { SearchKey = " Key" });

        var rest = Assert.Single(keys.Items, k => k.Value() == Emulator.RestApiKey);
        Assert.Equal("Rest API Key", rest.Name);
        Assert.Equal(ApiKeyScope.FullAccess, rest.Scope);
        Assert.NotNull(rest.CreatedAt);
        var auth = Assert.Single(keys.Items, k => k.Value() == Emulator.AuthOnlyApiKey);
        Assert.Equal("Auth Key", auth.Name);
        Assert.Equal(ApiKeyScope.AuthOnly, auth.Scope);
    }

    [Fact]
    public async Task Create_get_update_and_delete_a_key()
    {
        var name = "key " + Guid.NewGuid().ToString("N");

        var created = await Client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = name, Scope = ApiKeyScope.AuthOnly });

        Assert.Matches("^[0-9a-f]{40}$", created.Value());
        Assert.Equal(name, created.Name);
        Assert.Equal(ApiKeyScope.AuthOnly, created.Scope);
        Assert.NotNull(created.CreatedAt);

        var fetched = await Client.ApiKeys.GetAsync(created.Value());
        Assert.Equal(name, fetched.Name);
        Assert.Equal(created.CreatedAt, fetched.CreatedAt);

        var renamed = await Client.ApiKeys.UpdateAsync(created.Value(), new UpdateApiKeyRequest { Name = name + " v2" });
        Assert.Equal(name + " v2", renamed.Name);
        Assert.Equal(ApiKeyScope.AuthOnly, renamed.Scope);
        var widened = await Client.ApiKeys.UpdateAsync(created.Value(), new UpdateApiKeyRequest { Scope = ApiKeyScope.FullAccess });
        Assert.Equal(name + " v2", widened.Name);
        Assert.Equal(ApiKeyScope.FullAccess, widened.Scope);

        var deleted = await Client.ApiKeys.DeleteAsync(created.Value());
        Assert.True(deleted.Success);
        Assert.Equal($"The Api Key {created.Value()} has been deleted successfully.", deleted.Message);
        await TestData.AssertFailsAsync(() => Client.ApiKeys.GetAsync(created.Value()), CometChatErrorCodes.ApiKeyNotFound, 404);
    }

    [Fact]
    public async Task List_filters_by_scope_and_name_and_pages_newest_first()
    {
        var marker = Guid.NewGuid().ToString("N");
        var first = await Client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "first " + marker, Scope = ApiKeyScope.FullAccess });
        var second = await Client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "second " + marker, Scope = ApiKeyScope.AuthOnly });
        var third = await Client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "third " + marker, Scope = ApiKeyScope.FullAccess });

        var all = await Client.ApiKeys.ListAsync(new ListApiKeysOptions { SearchKey = marker });
        var fullAccess = await Client.ApiKeys.ListAsync(new ListApiKeysOptions { SearchKey = marker, Scope = ApiKeyScope.FullAccess });
        var page2 = await Client.ApiKeys.ListAsync(new ListApiKeysOptions { SearchKey = marker, PerPage = 2, Page = 2 });

        Assert.Equal([third.Value(), second.Value(), first.Value()], all.Items.Select(k => k.Value()));
        Assert.Equal([third.Value(), first.Value()], fullAccess.Items.Select(k => k.Value()));
        Assert.Equal([first.Value()], page2.Items.Select(k => k.Value()));
        Assert.Equal(3, page2.Pagination!.Total);
        Assert.Equal(2, page2.Pagination.TotalPages);
        var walked = new List<string>();
        await foreach (var key in Client.ApiKeys.ListAllAsync(new ListApiKeysOptions { SearchKey = marker, PerPage = 2 }))
        {
            walked.Add(key.Value());
        }

        Assert.Equal([third.Value(), second.Value(), first.Value()], walked);

        foreach (var key in new[] { first, second, third })
        {
            await Client.ApiKeys.DeleteAsync(key.Value());
        }
    }

    [Fact]
    public async Task A_key_cannot_update_or_delete_itself()
    {
        await TestData.AssertFailsAsync(
            () => Client.ApiKeys.UpdateAsync(Emulator.RestApiKey, new UpdateApiKeyRequest { Name = "renamed" }),
            CometChatErrorCodes.ApiKeyNoSelfAction,
            403);
        await TestData.AssertFailsAsync(
            () => Client.ApiKeys.DeleteAsync(Emulator.RestApiKey),
            CometChatErrorCodes.ApiKeyNoSelfAction,
            403);

        var self = await Client.ApiKeys.GetAsync(Emulator.RestApiKey);
        Assert.Equal("Rest API Key", self.Name);
    }

    [Fact]
    public async Task Unknown_keys_fail_with_ApikeyNotFound()
    {
        const string unknown = "0000000000000000000000000000000000000000";

        await TestData.AssertFailsAsync(() => Client.ApiKeys.GetAsync(unknown), CometChatErrorCodes.ApiKeyNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.ApiKeys.UpdateAsync(unknown, new UpdateApiKeyRequest { Name = "x" }), CometChatErrorCodes.ApiKeyNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.ApiKeys.DeleteAsync(unknown), CometChatErrorCodes.ApiKeyNotFound, 404);
    }

    [Fact]
    public async Task Invalid_name_and_scope_fail_validation_with_field_errors()
    {
        var ex = await TestData.AssertFailsAsync(
            () => Client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "", Scope = new ApiKeyScope("superUser") }),
            CometChatErrorCodes.BadRequest,
            400);

        Assert.Equal(["The name field is required."], ex.FieldErrors["name"]);
        Assert.Contains("superUser", Assert.Single(ex.FieldErrors["scope"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_key_authenticates_until_it_is_deleted_and_its_scope_applies()
    {
        var created = await Client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "temporary", Scope = ApiKeyScope.FullAccess });
        using var client = _fixture.CreateClient(created.Value());

        await client.Users.ListAsync(new ListUsersOptions { PerPage = 1 });

        await Client.ApiKeys.UpdateAsync(created.Value(), new UpdateApiKeyRequest { Scope = ApiKeyScope.AuthOnly });
        await TestData.AssertFailsAsync(() => client.Users.ListAsync(), CometChatErrorCodes.AuthNoAccess, 403);

        await Client.ApiKeys.DeleteAsync(created.Value());
        await TestData.AssertFailsAsync(() => client.Users.ListAsync(), CometChatErrorCodes.AuthApiKeyNotFound, 401);
    }

    [Fact]
    public async Task An_app_has_at_most_25_keys()
    {
        // A fresh emulator: this test fills the app with keys.
        await using var emulator = await CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());

        for (var i = 3; i <= 25; i++)
        {
            await client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = $"key {i}", Scope = ApiKeyScope.AuthOnly });
        }

        var ex = await TestData.AssertFailsAsync(
            () => client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "one too many", Scope = ApiKeyScope.AuthOnly }),
            CometChatErrorCodes.BadRequest,
            400);
        Assert.Contains("25", ex.Message, StringComparison.Ordinal);
        var all = await client.ApiKeys.ListAsync();
        Assert.Equal(25, all.Pagination!.Total);
    }
}
