using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What representative Groups, Group Members and Banned Users operations send, and how they read the spec's 200 examples.</summary>
public sealed class GroupsWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    [Fact]
    public async Task Create_posts_the_group_with_its_members_and_reads_the_group()
    {
        using var client = TestClient.Create(SpecExamples.CreateGroup, out var handler);

        var group = await client.Groups.CreateAsync(
            new CreateGroupRequest
            {
                Guid = "project-group",
                Name = "Project Group",
                Type = GroupType.Password,
                Password = "secret",
                Metadata = new JsonObject { ["team"] = "core" },
                Tags = ["friends", "project"],
                Members = new GroupMembersToAdd { Admins = ["cometchat-uid-2"], Participants = ["cometchat-uid-3", "cometchat-uid-4"] },
            },
            onBehalfOf: "cometchat-uid-1");

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "groups",
            """
            {
              "guid": "project-group",
              "name": "Project Group",
              "type": "password",
              "password": "secret",
              "metadata": { "team": "core" },
              "tags": ["friends", "project"],
              "members": { "admins": ["cometchat-uid-2"], "participants": ["cometchat-uid-3", "cometchat-uid-4"] }
            }
            """,
            onBehalfOf: "cometchat-uid-1");

        Assert.Equal("project-group", group.Guid);
        Assert.Equal("Project Group", group.Name);
        Assert.Equal(GroupType.Public, group.Type);
        Assert.Equal(GroupMemberScope.Admin, group.Scope);
        Assert.Equal(1, group.MembersCount);
        Assert.True(group.HasJoined);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638440784), group.JoinedAt);
        Assert.Equal("group_project-group", group.ConversationId);
        Assert.Equal("cometchat-uid-1", group.Owner);
        Assert.Equal(["friends", "project"], group.Tags!);
        Assert.Null(group.AdditionalProperties);
    }

    [Fact]
    public async Task Create_rejects_an_invalid_guid_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.CreateGroup, out var handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Groups.CreateAsync(new CreateGroupRequest { Guid = "not a guid", Name = "x", Type = GroupType.Public }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task List_sends_enum_arrays_comma_separated_and_reads_the_page()
    {
        using var client = TestClient.Create(SpecExamples.ListGroups, out var handler);

        var page = await client.Groups.ListAsync(new ListGroupsOptions
        {
            SearchKey = "proj",
            Types = [GroupType.Public, GroupType.Private],
            HasJoined = true,
            SortBy = GroupSortField.CreatedAt,
            SortOrder = SortOrder.Desc,
            PerPage = 10,
            Page = 2,
        }, onBehalfOf: "cometchat-uid-1");

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Get,
            Base + "groups?searchKey=proj&types=public,private&hasJoined=true&sortBy=createdAt&sortOrder=desc&perPage=10&page=2",
            onBehalfOf: "cometchat-uid-1");
        var group = Assert.Single(page.Items);
        Assert.Equal("project-group", group.Guid);
    }

    [Fact]
    public async Task List_exposes_the_updatedAt_cursor_to_continue_from()
    {
        using var client = TestClient.Create(
            """{"data": [], "meta": {"pagination": {"total": 0, "count": 0, "per_page": 100, "current_page": 1, "total_pages": 0}, "cursor": {"updatedAt": 1700000000, "affix": "prepend"}}}""",
            out _);

        var page = await client.Groups.ListAsync();

        Assert.Equal("prepend", page.Cursor!.Affix);
        Assert.Equal("1700000000", page.Cursor.Parameters["updatedAt"]);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task Update_puts_the_unset_fields_as_enum_values()
    {
        using var client = TestClient.Create(SpecExamples.UpdateGroup, out var handler);

        await client.Groups.UpdateAsync("project-group", new UpdateGroupRequest { Name = "Renamed", Unset = [GroupUnsetField.Icon, GroupUnsetField.Metadata] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "groups/project-group", """{"name":"Renamed","unset":["icon","metadata"]}""");
    }

    [Fact]
    public async Task Add_members_reads_the_per_uid_result_map()
    {
        using var client = TestClient.Create(SpecExamples.AddGroupMembers, out var handler);

        var result = await client.GroupMembers.AddAsync(
            "project-group",
            new AddGroupMembersRequest { Admins = ["cometchat-uid-2"], Participants = ["cometchat-uid-3"], UsersToBan = ["cometchat-uid-6"] });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "groups/project-group/members",
            """{"admins":["cometchat-uid-2"],"participants":["cometchat-uid-3"],"usersToBan":["cometchat-uid-6"]}""");

        var admin = Assert.Single(result.Admins!);
        Assert.Equal("cometchat-uid-2", admin.Key);
        Assert.True(admin.Value.Success);
        Assert.Equal("groupMember", (string?)admin.Value.Data!["type"]);
        var participant = Assert.Single(result.Participants!);
        Assert.False(participant.Value.Success);
        Assert.Equal("ERR_ALREADY_JOINED", (string?)participant.Value.Error!["code"]);
        Assert.True(result.UsersToBan!["cometchat-uid-6"].Success);
        Assert.Null(result.Moderators);
    }

    [Fact]
    public async Task Add_members_rejects_an_invalid_uid_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.AddGroupMembers, out var handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.GroupMembers.AddAsync("project-group", new AddGroupMembersRequest { Admins = ["bad uid"] }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Change_scope_puts_the_scope_enum_and_reads_the_change()
    {
        using var client = TestClient.Create(SpecExamples.ChangeGroupMemberScope, out var handler);

        var change = await client.GroupMembers.ChangeScopeAsync("project-group", "cometchat-uid-2", new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Moderator });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "groups/project-group/members/cometchat-uid-2", """{"scope":"moderator"}""");
        Assert.Equal("project-group", change.Guid);
        Assert.Equal("cometchat-uid-2", change.Uid);
        Assert.Equal(GroupMemberScope.Moderator, change.Scope);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1631690303), change.JoinedAt);
    }

    [Fact]
    public async Task List_members_filters_by_scopes()
    {
        using var client = TestClient.Create(SpecExamples.ListGroupMembers, out var handler);

        var page = await client.GroupMembers.ListAsync("project-group", new ListGroupMembersOptions { Scopes = [GroupMemberScope.Admin, GroupMemberScope.Moderator] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "groups/project-group/members?scopes=admin,moderator");
        var member = Assert.Single(page.Items);
        Assert.Equal(GroupMemberScope.Participant, member.Scope);
        Assert.Equal(UserStatus.Offline, member.Status);
    }

    [Fact]
    public async Task Ban_posts_no_body_to_the_banned_user_path()
    {
        using var client = TestClient.Create(SpecExamples.BanGroupUser, out var handler);

        var result = await client.BannedUsers.BanAsync("project-group", "cometchat-uid-3", onBehalfOf: "cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "groups/project-group/bannedusers/cometchat-uid-3", onBehalfOf: "cometchat-uid-1");
        Assert.True(result.Success);
    }

    [Fact]
    public async Task List_banned_users_reads_users()
    {
        using var client = TestClient.Create(SpecExamples.ListBannedGroupUsers, out var handler);

        var page = await client.BannedUsers.ListAsync("project-group", new ListBannedUsersOptions { PerPage = 5 });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "groups/project-group/bannedusers?perPage=5");
        Assert.Equal("cometchat-uid-3", Assert.Single(page.Items).Uid);
    }
}
