using System;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>Bad arguments fail before anything is sent, naming the parameter and the rule.</summary>
public sealed class ArgumentValidationTests : IDisposable
{
    private readonly RecordingHandler _handler = new(_ => CannedResponse.Json(SpecExamples.GetUser));
    private readonly CometChatClient _client;

    public ArgumentValidationTests()
    {
        _client = TestClient.Create(_handler);
    }

    public void Dispose()
    {
        Assert.Empty(_handler.Requests);
        _client.Dispose();
        _handler.Dispose();
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("alice smith", "it contains a space at position 5")]
    [InlineData("alice!", "it contains '!' at position 5")]
    [InlineData("al.ice", "it contains '.' at position 2")]
    [InlineData("ålice", "it contains 'å' at position 0")]
    public async Task Get_rejects_an_invalid_uid(string uid, string violation)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.GetAsync(uid));

        Assert.Equal("uid", ex.ParamName);
        Assert.Contains(violation, ex.Message, StringComparison.Ordinal);
        Assert.Contains("is not a valid CometChat UID", ex.Message, StringComparison.Ordinal);
        Assert.Contains(CometChatIdentifier.Rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_rejects_a_uid_of_101_characters()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.GetAsync(new string('a', 101)));

        Assert.Equal("uid", ex.ParamName);
        Assert.Contains("it is 101 characters long (at most 100)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'" + new string('a', 40) + "…'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_accepts_a_uid_of_100_characters()
    {
        await _client.Users.GetAsync(new string('a', 100));

        Assert.EndsWith("/users/" + new string('a', 100), Assert.Single(_handler.Requests).Url, StringComparison.Ordinal);
        _handler.Clear();
    }

    [Fact]
    public async Task Get_rejects_a_null_uid_with_ArgumentNullException()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => _client.Users.GetAsync(null!));

        Assert.Equal("uid", ex.ParamName);
        Assert.Contains("a CometChat UID", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_rejects_an_invalid_onBehalfOf()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.GetAsync("alice", onBehalfOf: "bob smith"));

        Assert.Equal("onBehalfOf", ex.ParamName);
        Assert.Contains("it contains a space at position 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_request_is_an_ArgumentNullException()
    {
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.Users.CreateAsync(null!))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.Users.UpdateAsync("alice", null!))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.Users.ReactivateAsync(null!))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.Users.DeactivateAsync(null!))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.AuthTokens.UpdateAsync("alice", "t", null!))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.ApiKeys.CreateAsync(null!))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.ApiKeys.UpdateAsync("k", null!))).ParamName);
    }

    [Fact]
    public async Task Create_rejects_26_tags()
    {
        var request = new CreateUserRequest { Uid = "alice", Name = "Alice", Tags = Enumerable.Range(1, 26).Select(i => $"t{i}").ToList() };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.CreateAsync(request));

        Assert.Equal("request.Tags", ex.ParamName);
        Assert.Contains("at most 25 items; it holds 26", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_rejects_a_tag_of_101_characters()
    {
        var request = new CreateUserRequest { Uid = "alice", Name = "Alice", Tags = ["ok", new string('t', 101)] };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.CreateAsync(request));

        Assert.Equal("request.Tags[1]", ex.ParamName);
        Assert.Contains("at most 100 characters; it is 101", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_rejects_a_name_of_101_characters()
    {
        var request = new CreateUserRequest { Uid = "alice", Name = new string('n', 101) };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.CreateAsync(request));

        Assert.Equal("request.Name", ex.ParamName);
        Assert.Contains("request.Name must be at most 100 characters; it is 101.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_rejects_an_invalid_uid_and_role()
    {
        var uid = await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.CreateAsync(new CreateUserRequest { Uid = "a b", Name = "A" }));
        Assert.Equal("request.Uid", uid.ParamName);

        var role = await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.CreateAsync(new CreateUserRequest { Uid = "ab", Name = "A", Role = "super user" }));
        Assert.Equal("request.Role", role.ParamName);
        Assert.Contains("not a valid CometChat role ID", role.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_rejects_an_avatar_over_3000_characters()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            _client.Users.CreateAsync(new CreateUserRequest { Uid = "ab", Name = "A", Avatar = new string('a', 3001) }));

        Assert.Equal("request.Avatar", ex.ParamName);
    }

    [Fact]
    public async Task Update_rejects_26_tags()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            _client.Users.UpdateAsync("alice", new UpdateUserRequest { Tags = Enumerable.Repeat("t", 26).ToList() }));

        Assert.Equal("request.Tags", ex.ParamName);
    }

    [Fact]
    public async Task Deactivate_and_reactivate_check_every_uid()
    {
        var deactivate = await Assert.ThrowsAsync<ArgumentException>(() =>
            _client.Users.DeactivateAsync(new DeactivateUsersRequest { UidsToDeactivate = ["ok", "not ok"] }));
        Assert.Equal("request.UidsToDeactivate[1]", deactivate.ParamName);

        var reactivate = await Assert.ThrowsAsync<ArgumentNullException>(() =>
            _client.Users.ReactivateAsync(new ReactivateUsersRequest { UidsToActivate = [null!] }));
        Assert.Equal("request.UidsToActivate[0]", reactivate.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    [InlineData(-1)]
    public async Task List_rejects_a_page_size_outside_1_to_1000(int perPage)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.Users.ListAsync(new ListUsersOptions { PerPage = perPage }));

        Assert.Equal("options.PerPage", ex.ParamName);
        Assert.Equal(perPage, Convert.ToInt32(ex.ActualValue, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"options.PerPage must be between 1 and 1000; it is {perPage}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_rejects_page_0_and_26_tags_and_bad_roles()
    {
        Assert.Equal("options.Page", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.Users.ListAsync(new ListUsersOptions { Page = 0 }))).ParamName);
        Assert.Equal("options.Tags", (await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.ListAsync(new ListUsersOptions { Tags = Enumerable.Repeat("t", 26).ToList() }))).ParamName);
        Assert.Equal("options.Role", (await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.ListAsync(new ListUsersOptions { Role = "a b" }))).ParamName);
        Assert.Equal("options.Roles[1]", (await Assert.ThrowsAsync<ArgumentException>(() => _client.Users.ListAsync(new ListUsersOptions { Roles = ["ok", "a!"] }))).ParamName);
    }

    [Fact]
    public void ListAll_validates_before_enumeration()
    {
        var perPage = Assert.Throws<ArgumentOutOfRangeException>(() => _client.Users.ListAllAsync(new ListUsersOptions { PerPage = 0 }));
        Assert.Equal("options.PerPage", perPage.ParamName);

        var uid = Assert.Throws<ArgumentException>(() => _client.AuthTokens.ListAllAsync("a b"));
        Assert.Equal("uid", uid.ParamName);

        var page = Assert.Throws<ArgumentOutOfRangeException>(() => _client.ApiKeys.ListAllAsync(new ListApiKeysOptions { Page = 0 }));
        Assert.Equal("options.Page", page.ParamName);
    }

    [Fact]
    public async Task AuthTokens_check_the_uid_and_token()
    {
        Assert.Equal("uid", (await Assert.ThrowsAsync<ArgumentException>(() => _client.AuthTokens.CreateAsync("a/b"))).ParamName);
        Assert.Equal("uid", (await Assert.ThrowsAsync<ArgumentException>(() => _client.AuthTokens.ListAsync(""))).ParamName);
        Assert.Equal("uid", (await Assert.ThrowsAsync<ArgumentException>(() => _client.AuthTokens.FlushAsync("a?"))).ParamName);
        Assert.Equal("options.PerPage", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.AuthTokens.ListAsync("alice", new ListAuthTokensOptions { PerPage = 0 }))).ParamName);

        var empty = await Assert.ThrowsAsync<ArgumentException>(() => _client.AuthTokens.GetAsync("alice", ""));
        Assert.Equal("authToken", empty.ParamName);
        Assert.Contains("authToken must not be empty.", empty.Message, StringComparison.Ordinal);
        Assert.Equal("authToken", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.AuthTokens.DeleteAsync("alice", null!))).ParamName);
        Assert.Equal("authToken", (await Assert.ThrowsAsync<ArgumentException>(() => _client.AuthTokens.UpdateAsync("alice", "", new UpdateAuthTokenRequest()))).ParamName);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task Dot_segments_are_rejected_so_they_cannot_change_the_target(string segment)
    {
        // Left unescaped, "users/alice/auth_tokens/.." would resolve to DELETE /users/alice.
        // The generated guard names the parameter, so the caller sees which argument was wrong.
        Assert.Equal("authToken", (await Assert.ThrowsAsync<ArgumentException>(() => _client.AuthTokens.DeleteAsync("alice", segment))).ParamName);
        Assert.Equal("authToken", (await Assert.ThrowsAsync<ArgumentException>(() => _client.AuthTokens.GetAsync("alice", segment))).ParamName);
        Assert.Equal("apiKey", (await Assert.ThrowsAsync<ArgumentException>(() => _client.ApiKeys.DeleteAsync(segment))).ParamName);
        Assert.Equal("apiKey", (await Assert.ThrowsAsync<ArgumentException>(() => _client.ApiKeys.UpdateAsync(segment, new UpdateApiKeyRequest()))).ParamName);
    }

    [Fact]
    public async Task ApiKeys_check_key_name_and_page_size()
    {
        Assert.Equal("apiKey", (await Assert.ThrowsAsync<ArgumentException>(() => _client.ApiKeys.GetAsync(""))).ParamName);
        Assert.Equal("apiKey", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.ApiKeys.DeleteAsync(null!))).ParamName);
        Assert.Equal("request.Name", (await Assert.ThrowsAsync<ArgumentException>(() => _client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = new string('n', 101), Scope = ApiKeyScope.AuthOnly }))).ParamName);
        Assert.Equal("request.Name", (await Assert.ThrowsAsync<ArgumentException>(() => _client.ApiKeys.UpdateAsync("k", new UpdateApiKeyRequest { Name = new string('n', 101) }))).ParamName);
        Assert.Equal("options.PerPage", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.ApiKeys.ListAsync(new ListApiKeysOptions { PerPage = 0 }))).ParamName);
    }

    [Fact]
    public async Task Nested_request_objects_are_checked_and_named_by_their_path()
    {
        var request = new CreateGroupRequest
        {
            Guid = "team",
            Name = "Team",
            Type = GroupType.Public,
            Members = new GroupMembersToAdd { Participants = ["alice", "bob smith"] },
        };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Groups.CreateAsync(request));

        Assert.Equal("request.Members.Participants[1]", ex.ParamName);
        Assert.Contains("it contains a space at position 3", ex.Message, StringComparison.Ordinal);

        request.Members = new GroupMembersToAdd { Admins = [.. Enumerable.Range(0, 26).Select(i => "a" + i)] };
        Assert.Equal("request.Members.Admins", (await Assert.ThrowsAsync<ArgumentException>(() => _client.Groups.CreateAsync(request))).ParamName);
    }
}
