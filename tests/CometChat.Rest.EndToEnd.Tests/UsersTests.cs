using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Create, get, update and delete users, and their error paths, through the typed client.</summary>
public sealed class UsersTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public UsersTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Create_returns_the_user_with_CometChat_defaults()
    {
        var uid = TestData.NewUid();
        var before = DateTimeOffset.UtcNow.AddSeconds(-2);

        var user = await Client.Users.CreateAsync(new CreateUserRequest
        {
            Uid = uid,
            Name = "Barry Allen",
            Avatar = "https://example.com/barry.png",
            Link = "https://example.com/barry",
            StatusMessage = "Running",
            Metadata = new JsonObject { ["email"] = "barry@example.com", ["level"] = 3 },
            Tags = ["engineer", "manager"],
        });

        Assert.Equal(uid, user.Uid);
        Assert.Equal("Barry Allen", user.Name);
        Assert.Equal("https://example.com/barry.png", user.Avatar);
        Assert.Equal("https://example.com/barry", user.Link);
        Assert.Equal("Running", user.StatusMessage);
        Assert.Equal("barry@example.com", (string?)user.Metadata?["email"]);
        Assert.Equal(3, (int?)user.Metadata?["level"]);
        Assert.Equal(["engineer", "manager"], user.Tags);
        Assert.Equal(UserStatus.Offline, user.Status);
        Assert.Equal("default", user.Role);
        Assert.InRange(user.CreatedAt!.Value, before, DateTimeOffset.UtcNow.AddSeconds(2));
        Assert.Null(user.UpdatedAt);
        Assert.Null(user.DeactivatedAt);
        Assert.Null(user.AuthToken);
    }

    [Fact]
    public async Task Create_with_auth_token_returns_a_token_in_CometChat_format()
    {
        var uid = TestData.NewUid();

        var user = await Client.Users.CreateAsync(new CreateUserRequest { Uid = uid, Name = "Token User", WithAuthToken = true });

        Assert.NotNull(user.AuthToken);
        Assert.Matches($"^{uid}_[0-9]{{10}}[0-9a-f]{{30}}$", user.AuthToken);
        var token = await Client.AuthTokens.GetAsync(uid, user.AuthToken);
        Assert.Equal(uid, token.Uid);
    }

    [Fact]
    public async Task A_role_that_does_not_exist_is_refused()
    {
        var ex = await TestData.AssertFailsAsync(
            () => Client.Users.CreateAsync(new CreateUserRequest { Uid = TestData.NewUid(), Name = "No Role", Role = "no-such-role" }),
            CometChatErrorCodes.BadRequest,
            400);

        Assert.True(ex.FieldErrors.ContainsKey("role"));
    }

    [Fact]
    public async Task Create_stores_the_uid_lower_case_and_a_role_given()
    {
        var uid = TestData.NewUid("MixedCase");

        await Client.EnsureRoleAsync("manager");
        var user = await Client.Users.CreateAsync(new CreateUserRequest { Uid = uid, Name = "Mixed", Role = "Manager" });

        Assert.Equal(uid.ToLowerInvariant(), user.Uid);
        Assert.Equal("manager", user.Role);
        var fetched = await Client.Users.GetAsync(uid);
        Assert.Equal(uid.ToLowerInvariant(), fetched.Uid);
    }

    [Fact]
    public async Task Create_with_an_existing_uid_fails_with_UidAlreadyExists()
    {
        var uid = TestData.NewUid();
        await Client.CreateUserAsync(uid);

        var ex = await TestData.AssertFailsAsync(
            () => Client.Users.CreateAsync(new CreateUserRequest { Uid = uid.ToUpperInvariant(), Name = "Again" }),
            CometChatErrorCodes.UidAlreadyExists,
            400);
        Assert.Equal("Users.Create", ex.Operation);
    }

    [Fact]
    public async Task Create_with_an_empty_name_fails_validation_with_field_errors()
    {
        var ex = await TestData.AssertFailsAsync(
            () => Client.Users.CreateAsync(new CreateUserRequest { Uid = TestData.NewUid(), Name = " " }),
            CometChatErrorCodes.BadRequest,
            400);

        var messages = Assert.Contains("name", ex.FieldErrors);
        Assert.Equal("The name field is required.", Assert.Single(messages));
        Assert.Contains("Failed to validate the data sent with the request.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_metadata_over_5_KB_fails_validation()
    {
        var ex = await TestData.AssertFailsAsync(
            () => Client.Users.CreateAsync(new CreateUserRequest
            {
                Uid = TestData.NewUid(),
                Name = "Big",
                Metadata = new JsonObject { ["blob"] = new string('x', 6000) },
            }),
            CometChatErrorCodes.BadRequest,
            400);

        Assert.Contains("5 KB", Assert.Single(ex.FieldErrors["metadata"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_returns_the_user()
    {
        var created = await Client.CreateUserAsync(name: "Get Me", tags: "x");

        var user = await Client.Users.GetAsync(created.Uid);

        Assert.Equal(created.Uid, user.Uid);
        Assert.Equal("Get Me", user.Name);
        Assert.Equal(created.CreatedAt, user.CreatedAt);
        Assert.Equal(["x"], user.Tags);
        Assert.Null(user.ConversationId);
    }

    [Fact]
    public async Task Get_on_behalf_of_another_user_adds_the_conversation_id()
    {
        var a = await Client.CreateUserAsync(TestData.NewUid("a"));
        var b = await Client.CreateUserAsync(TestData.NewUid("b"));

        var user = await Client.Users.GetAsync(b.Uid, onBehalfOf: a.Uid);

        Assert.Equal($"{a.Uid}_user_{b.Uid}", user.ConversationId);
    }

    [Fact]
    public async Task Get_of_an_unknown_user_fails_with_UidNotFound()
    {
        var uid = TestData.NewUid("nobody");

        var ex = await TestData.AssertFailsAsync(() => Client.Users.GetAsync(uid), CometChatErrorCodes.UidNotFound, 404);

        Assert.Contains(uid, ex.Message, StringComparison.Ordinal);
        Assert.Equal("Users.Get", ex.Operation);
    }

    [Fact]
    public async Task Update_changes_only_the_given_fields()
    {
        var created = await Client.Users.CreateAsync(new CreateUserRequest
        {
            Uid = TestData.NewUid(),
            Name = "Before",
            Avatar = "https://example.com/a.png",
            Tags = ["old"],
        });
        await Client.EnsureRoleAsync("admin");

        var updated = await Client.Users.UpdateAsync(created.Uid, new UpdateUserRequest
        {
            Name = "After",
            Role = "admin",
            Metadata = new JsonObject { ["k"] = "v" },
            Tags = ["new1", "new2"],
        });

        Assert.Equal("After", updated.Name);
        Assert.Equal("admin", updated.Role);
        Assert.Equal("https://example.com/a.png", updated.Avatar);
        Assert.Equal("v", (string?)updated.Metadata?["k"]);
        Assert.Equal(["new1", "new2"], updated.Tags);
        Assert.NotNull(updated.UpdatedAt);
        Assert.Equal(created.CreatedAt, updated.CreatedAt);

        var fetched = await Client.Users.GetAsync(created.Uid);
        Assert.Equal("After", fetched.Name);
        Assert.Equal(["new1", "new2"], fetched.Tags);
    }

    [Fact]
    public async Task Update_with_unset_clears_avatar_link_and_metadata()
    {
        var created = await Client.Users.CreateAsync(new CreateUserRequest
        {
            Uid = TestData.NewUid(),
            Name = "Full",
            Avatar = "https://example.com/a.png",
            Link = "https://example.com",
            Metadata = new JsonObject { ["k"] = "v" },
        });

        var updated = await Client.Users.UpdateAsync(created.Uid, new UpdateUserRequest
        {
            Unset = [UserUnsetField.Avatar, UserUnsetField.Link, UserUnsetField.Metadata],
        });

        Assert.Null(updated.Avatar);
        Assert.Null(updated.Link);
        Assert.Null(updated.Metadata);
        Assert.Equal("Full", updated.Name);
        var fetched = await Client.Users.GetAsync(created.Uid);
        Assert.Null(fetched.Avatar);
        Assert.Null(fetched.Metadata);
    }

    [Fact]
    public async Task Update_of_an_unknown_user_fails_with_UidNotFound()
    {
        await TestData.AssertFailsAsync(
            () => Client.Users.UpdateAsync(TestData.NewUid(), new UpdateUserRequest { Name = "x" }),
            CometChatErrorCodes.UidNotFound,
            404);
    }

    [Fact]
    public async Task Update_with_an_unknown_unset_field_fails_validation()
    {
        var created = await Client.CreateUserAsync();

        var ex = await TestData.AssertFailsAsync(
            () => Client.Users.UpdateAsync(created.Uid, new UpdateUserRequest { Unset = [new UserUnsetField("name")] }),
            CometChatErrorCodes.BadRequest,
            400);

        Assert.Contains("unset", ex.FieldErrors);
    }

    [Fact]
    public async Task Delete_without_permanent_deactivates_the_user()
    {
        var created = await Client.CreateUserAsync();

        var result = await Client.Users.DeleteAsync(created.Uid);

        Assert.True(result.Success);
        Assert.Equal($"User with {created.Uid} has been deleted successfully.", result.Message);
        await TestData.AssertFailsAsync(() => Client.Users.GetAsync(created.Uid), CometChatErrorCodes.UidNotFound, 404);

        // Deactivated, not gone: the UID stays taken, the user is listed as deactivated and can come back.
        await TestData.AssertFailsAsync(() => Client.CreateUserAsync(created.Uid), CometChatErrorCodes.UidAlreadyExists, 400);
        var deactivated = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = created.Uid, OnlyDeactivated = true });
        Assert.NotNull(Assert.Single(deactivated.Items).DeactivatedAt);
        var reactivated = await Client.Users.ReactivateAsync(new ReactivateUsersRequest { UidsToActivate = [created.Uid] });
        Assert.Equal([created.Uid], reactivated.NonDeactivatedUids);
        Assert.Equal(created.Uid, (await Client.Users.GetAsync(created.Uid)).Uid);
    }

    [Fact]
    public async Task Delete_permanent_removes_the_user_and_frees_the_uid()
    {
        var created = await Client.Users.CreateAsync(new CreateUserRequest { Uid = TestData.NewUid(), Name = "Gone", WithAuthToken = true });

        var result = await Client.Users.DeleteAsync(created.Uid, new DeleteUserRequest { Permanent = true });

        Assert.True(result.Success);
        await TestData.AssertFailsAsync(() => Client.Users.GetAsync(created.Uid), CometChatErrorCodes.UidNotFound, 404);
        var all = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = created.Uid, WithDeactivated = true });
        Assert.Empty(all.Items);
        var reactivated = await Client.Users.ReactivateAsync(new ReactivateUsersRequest { UidsToActivate = [created.Uid] });
        Assert.Empty(reactivated.NonDeactivatedUids!);

        var again = await Client.CreateUserAsync(created.Uid, "Back");
        Assert.Equal("Back", again.Name);
        var tokens = await Client.AuthTokens.ListAsync(created.Uid);
        Assert.Empty(tokens.Items);
    }

    [Fact]
    public async Task Delete_of_an_unknown_user_fails_with_UidNotFound()
    {
        await TestData.AssertFailsAsync(
            () => Client.Users.DeleteAsync(TestData.NewUid(), new DeleteUserRequest { Permanent = true }),
            CometChatErrorCodes.UidNotFound,
            404);
    }

    [Fact]
    public async Task Deactivate_hides_users_until_they_are_reactivated()
    {
        var prefix = TestData.NewUid("deact");
        var a = await Client.CreateUserAsync(prefix + "-a");
        var b = await Client.CreateUserAsync(prefix + "-b");
        var c = await Client.CreateUserAsync(prefix + "-c");

        var deactivated = await Client.Users.DeactivateAsync(new DeactivateUsersRequest { UidsToDeactivate = [a.Uid, b.Uid, TestData.NewUid("unknown")] });

        Assert.Equal([a.Uid, b.Uid], deactivated.DeactivatedUids);
        await TestData.AssertFailsAsync(() => Client.Users.GetAsync(a.Uid), CometChatErrorCodes.UidNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.Users.UpdateAsync(a.Uid, new UpdateUserRequest { Name = "x" }), CometChatErrorCodes.UidNotFound, 404);

        var active = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix });
        Assert.Equal([c.Uid], active.Items.Select(u => u.Uid));
        var only = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix, OnlyDeactivated = true });
        Assert.Equal([a.Uid, b.Uid], only.Items.Select(u => u.Uid));
        Assert.All(only.Items, u => Assert.NotNull(u.DeactivatedAt));
        var with = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix, WithDeactivated = true });
        Assert.Equal([a.Uid, b.Uid, c.Uid], with.Items.Select(u => u.Uid));

        var reactivated = await Client.Users.ReactivateAsync(new ReactivateUsersRequest { UidsToActivate = [a.Uid.ToUpperInvariant(), b.Uid] });

        Assert.Equal([a.Uid, b.Uid], reactivated.NonDeactivatedUids);
        var after = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix });
        Assert.Equal([a.Uid, b.Uid, c.Uid], after.Items.Select(u => u.Uid));
        Assert.All(after.Items, u => Assert.Null(u.DeactivatedAt));
    }

    [Fact]
    public async Task Deactivate_with_no_uids_fails_validation()
    {
        var ex = await TestData.AssertFailsAsync(
            () => Client.Users.DeactivateAsync(new DeactivateUsersRequest { UidsToDeactivate = [] }),
            CometChatErrorCodes.BadRequest,
            400);

        Assert.Equal(["The uidsToDeactivate field is required."], ex.FieldErrors["uidsToDeactivate"]);
    }
}
