using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What each Users operation sends, and how it reads the spec's 200 example.</summary>
public sealed class UsersWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    [Fact]
    public async Task Create_posts_the_request_body_and_reads_the_user()
    {
        using var client = TestClient.Create(SpecExamples.CreateUser, out var handler);

        var user = await client.Users.CreateAsync(new CreateUserRequest
        {
            Uid = "cometchat-uid-6",
            Name = "Barry Allen",
            Metadata = new JsonObject { ["rawMetadata"] = "{'gender':'Male'}", ["level"] = 3 },
            Tags = ["Engineer", "manager"],
            WithAuthToken = true,
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "users",
            """
            {
              "uid": "cometchat-uid-6",
              "name": "Barry Allen",
              "metadata": { "rawMetadata": "{'gender':'Male'}", "level": 3 },
              "tags": ["Engineer", "manager"],
              "withAuthToken": true
            }
            """);

        Assert.Equal("cometchat-uid-6", user.Uid);
        Assert.Equal("Barry Allen", user.Name);
        Assert.Equal("https://cometchat.com", user.Link);
        Assert.Equal("https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp", user.Avatar);
        Assert.Equal("{'gender':'Male'}", (string?)user.Metadata!["rawMetadata"]);
        Assert.Equal(UserStatus.Offline, user.Status);
        Assert.Equal("manager", user.Role);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638354015), user.CreatedAt);
        Assert.Equal(new DateTimeOffset(2021, 12, 1, 10, 20, 15, TimeSpan.Zero), user.CreatedAt);
        Assert.Equal(["Engineer", "manager"], user.Tags!);
        Assert.Equal("cometchat-uid-6_16383540156641d37a023c75d26f4c22a21ff126", user.AuthToken);
        Assert.Null(user.UpdatedAt);
        Assert.Null(user.BlockedByMe);
        Assert.Null(user.AdditionalProperties);
    }

    [Fact]
    public async Task Create_omits_optional_members_that_are_null()
    {
        using var client = TestClient.Create(SpecExamples.CreateUser, out var handler);

        await client.Users.CreateAsync(new CreateUserRequest { Uid = "alice", Name = "Alice" });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "users", """{"uid":"alice","name":"Alice"}""");
    }

    [Fact]
    public async Task Create_writes_every_member_in_declaration_order_and_additional_properties_last()
    {
        using var client = TestClient.Create(SpecExamples.CreateUser, out var handler);

        await client.Users.CreateAsync(new CreateUserRequest
        {
            Uid = "alice",
            Name = "Alice",
            Avatar = "https://example.com/a.png",
            Link = "https://example.com/alice",
            Role = "default",
            StatusMessage = "Out to lunch",
            Metadata = [],
            Tags = [],
            WithAuthToken = false,
            AdditionalProperties = new System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement>
            {
                ["futureFlag"] = System.Text.Json.JsonDocument.Parse("true").RootElement,
            },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "users",
            """
            {
              "uid": "alice",
              "name": "Alice",
              "avatar": "https://example.com/a.png",
              "link": "https://example.com/alice",
              "role": "default",
              "statusMessage": "Out to lunch",
              "metadata": {},
              "tags": [],
              "withAuthToken": false,
              "futureFlag": true
            }
            """);
    }

    [Fact]
    public async Task List_without_options_sends_no_query_and_reads_the_page()
    {
        using var client = TestClient.Create(SpecExamples.ListUsers, out var handler);

        var page = await client.Users.ListAsync();

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users");

        Assert.Equal(3, page.Items.Count);
        Assert.Equal(["cometchat-uid-6", "cometchat-uid-2", "cometchat-uid-3"], page.Items.Select(u => u.Uid));
        var first = page.Items[0];
        Assert.Equal("user@email.com", (string?)first.Metadata!["email"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638354799), first.UpdatedAt);
        Assert.Equal("cometchat-uid-4_user_cometchat-uid-6", first.ConversationId);
        var third = page.Items[2];
        Assert.True(third.BlockedByMe);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638346853), third.BlockedByMeAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638346853), third.BlockedAt);
        Assert.Null(third.HasBlockedMe);
        Assert.Null(page.Items[1].Link);

        Assert.NotNull(page.Pagination);
        Assert.Equal(3, page.Pagination.Total);
        Assert.Equal(3, page.Pagination.Count);
        Assert.Equal(100, page.Pagination.PerPage);
        Assert.Equal(1, page.Pagination.CurrentPage);
        Assert.Equal(1, page.Pagination.TotalPages);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task List_sends_every_option_in_spec_order_with_comma_separated_arrays_and_lower_case_booleans()
    {
        using var client = TestClient.Create(SpecExamples.ListUsers, out var handler);

        await client.Users.ListAsync(new ListUsersOptions
        {
            SearchKey = "barry allen",
            SearchIn = [UserSearchField.Name, UserSearchField.Uid],
            Status = UserStatus.Available,
            Count = true,
            PerPage = 50,
            Page = 2,
            Role = "manager",
            WithTags = false,
            Tags = ["vip", "early bird", "a&b"],
            Roles = ["default", "manager"],
            OnlyDeactivated = false,
            WithDeactivated = true,
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Get,
            Base + "users?searchKey=barry%20allen&searchIn=name,uid&status=available&count=true&perPage=50&role=manager" +
            "&withTags=false&tags=vip,early%20bird,a%26b&roles=default,manager&onlyDeactivated=false&withDeactivated=true&page=2");
    }

    [Fact]
    public async Task List_escapes_a_comma_inside_an_array_item_but_not_the_separator()
    {
        using var client = TestClient.Create(SpecExamples.ListUsers, out var handler);

        await client.Users.ListAsync(new ListUsersOptions { Tags = ["a,b", "c"] });

        Assert.Equal(Base + "users?tags=a%2Cb,c", handler.SingleRequest.Url);
    }

    [Fact]
    public async Task List_omits_null_options_and_empty_arrays()
    {
        using var client = TestClient.Create(SpecExamples.ListUsers, out var handler);

        await client.Users.ListAsync(new ListUsersOptions { PerPage = 10, Tags = [], SearchIn = [] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users?perPage=10");
    }

    [Fact]
    public async Task Reactivate_puts_the_uids_and_reads_the_result()
    {
        using var client = TestClient.Create(SpecExamples.ReactivateUsers, out var handler);

        var result = await client.Users.ReactivateAsync(new ReactivateUsersRequest { UidsToActivate = ["cometchat-uid-2", "cometchat-uid-3"] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "users", """{"uidsToActivate":["cometchat-uid-2","cometchat-uid-3"]}""");
        Assert.Equal(["cometchat-uid-2", "cometchat-uid-3"], result.NonDeactivatedUids!);
    }

    [Fact]
    public async Task Deactivate_deletes_with_a_body_and_reads_the_result()
    {
        using var client = TestClient.Create(SpecExamples.DeactivateUsers, out var handler);

        var result = await client.Users.DeactivateAsync(new DeactivateUsersRequest { UidsToDeactivate = ["cometchat-uid-2", "cometchat-uid-3"] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "users", """{"uidsToDeactivate":["cometchat-uid-2","cometchat-uid-3"]}""");
        Assert.Equal(["cometchat-uid-2", "cometchat-uid-3"], result.DeactivatedUids!);
    }

    [Fact]
    public async Task Get_sends_no_onBehalfOf_header_unless_given()
    {
        using var client = TestClient.Create(SpecExamples.GetUser, out var handler);

        var user = await client.Users.GetAsync("cometchat-uid-6");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users/cometchat-uid-6");
        Assert.Equal("cometchat-uid-6", user.Uid);
        Assert.Equal("Barry Allen", user.Name);
        Assert.Equal(UserStatus.Offline, user.Status);
        Assert.Equal("manager", user.Role);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638354015), user.CreatedAt);
        Assert.Null(user.Metadata);
        Assert.Null(user.Tags);
    }

    [Fact]
    public async Task Get_sends_the_onBehalfOf_header_when_given()
    {
        using var client = TestClient.Create(SpecExamples.GetUser, out var handler);

        await client.Users.GetAsync("cometchat-uid-6", onBehalfOf: "cometchat-uid-4");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users/cometchat-uid-6", onBehalfOf: "cometchat-uid-4");
    }

    [Fact]
    public async Task Get_keeps_the_uid_case_and_allowed_punctuation_in_the_path()
    {
        using var client = TestClient.Create(SpecExamples.GetUser, out var handler);

        await client.Users.GetAsync("Super_Hero-42");

        Assert.Equal(Base + "users/Super_Hero-42", handler.SingleRequest.Url);
    }

    [Fact]
    public async Task Update_puts_the_changed_fields_and_unset_list()
    {
        using var client = TestClient.Create(SpecExamples.UpdateUser, out var handler);

        var user = await client.Users.UpdateAsync("cometchat-uid-6", new UpdateUserRequest
        {
            Name = "Barry Allen",
            Metadata = new JsonObject { ["email"] = "user@email.com", ["contactNumber"] = "0123456789" },
            Tags = ["cometchat-guid-1"],
            Unset = [UserUnsetField.Avatar, UserUnsetField.Link, new UserUnsetField("statusMessage")],
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Put,
            Base + "users/cometchat-uid-6",
            """
            {
              "name": "Barry Allen",
              "metadata": { "email": "user@email.com", "contactNumber": "0123456789" },
              "tags": ["cometchat-guid-1"],
              "unset": ["avatar", "link", "statusMessage"]
            }
            """);
        Assert.Equal("0123456789", (string?)user.Metadata!["contactNumber"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638354799), user.UpdatedAt);
        Assert.Equal(["cometchat-guid-1"], user.Tags!);
    }

    [Fact]
    public async Task Update_with_an_empty_request_sends_an_empty_object()
    {
        using var client = TestClient.Create(SpecExamples.UpdateUser, out var handler);

        await client.Users.UpdateAsync("cometchat-uid-6", new UpdateUserRequest());

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "users/cometchat-uid-6", "{}");
    }

    [Fact]
    public async Task Delete_with_permanent_sends_the_body()
    {
        using var client = TestClient.Create(SpecExamples.DeleteUser, out var handler);

        var result = await client.Users.DeleteAsync("cometchat-uid-6", new DeleteUserRequest { Permanent = true });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "users/cometchat-uid-6", """{"permanent":true}""");
        Assert.True(result.Success);
        Assert.Equal("User with cometchat-uid-6 has been deleted successfully.", result.Message);
    }

    [Fact]
    public async Task Delete_without_a_request_sends_no_body()
    {
        using var client = TestClient.Create(SpecExamples.DeleteUser, out var handler);

        var result = await client.Users.DeleteAsync("cometchat-uid-6");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "users/cometchat-uid-6");
        Assert.True(result.Success);
    }
}
