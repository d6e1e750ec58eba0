using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Groups: create, get, list, update and delete, with the acting user's privileges.</summary>
public sealed class GroupsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public GroupsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Create_makes_the_owner_its_first_admin()
    {
        var owner = await Client.CreateUserAsync();
        var guid = TestData.NewUid("G");

        var group = await Client.Groups.CreateAsync(new CreateGroupRequest
        {
            Guid = guid,
            Name = "Project",
            Type = GroupType.Public,
            Owner = owner.Uid,
            Description = "About the project",
            Tags = ["a"],
            Metadata = new JsonObject { ["k"] = 1 },
        });

        Assert.Equal(guid.ToLowerInvariant(), group.Guid);
        Assert.Equal(owner.Uid, group.Owner);
        Assert.Equal(1, group.MembersCount);
        Assert.Equal(GroupMemberScope.Admin, group.Scope);
        Assert.True(group.HasJoined);
        Assert.Equal("group_" + group.Guid, group.ConversationId);
        Assert.Equal(["a"], group.Tags);
        Assert.Null(group.Password);

        var fetched = await Client.Groups.GetAsync(guid);
        Assert.Equal("Project", fetched.Name);
        Assert.Null(fetched.HasJoined);
    }

    [Fact]
    public async Task Create_acting_as_a_user_makes_that_user_the_owner()
    {
        var user = await Client.CreateUserAsync();

        var group = await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Mine", Type = GroupType.Private }, onBehalfOf: user.Uid);

        Assert.Equal(user.Uid, group.Owner);
        Assert.Equal(GroupMemberScope.Admin, group.Scope);
    }

    [Fact]
    public async Task Create_errors()
    {
        var guid = TestData.NewUid("g");
        await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = guid, Name = "First", Type = GroupType.Public });

        await TestData.AssertFailsAsync(
            () => Client.Groups.CreateAsync(new CreateGroupRequest { Guid = guid.ToUpperInvariant(), Name = "Again", Type = GroupType.Public }),
            CometChatErrorCodes.GuidAlreadyExists,
            400);
        await TestData.AssertFailsAsync(
            () => Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Locked", Type = GroupType.Password }),
            CometChatErrorCodes.EmptyGroupPass,
            400);
        await TestData.AssertFailsAsync(
            () => Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Nobody's", Type = GroupType.Public, Owner = TestData.NewUid() }),
            CometChatErrorCodes.UidNotFound,
            404);
        var bad = await TestData.AssertFailsAsync(
            () => Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Odd", Type = new GroupType("secret") }),
            CometChatErrorCodes.BadRequest,
            400);
        Assert.True(bad.FieldErrors.ContainsKey("type"));
        await TestData.AssertFailsAsync(() => Client.Groups.GetAsync(TestData.NewUid("g")), CometChatErrorCodes.GuidNotFound, 404);
    }

    [Fact]
    public async Task A_private_group_is_hidden_from_users_who_are_not_members()
    {
        var owner = await Client.CreateUserAsync();
        var outsider = await Client.CreateUserAsync();
        var tag = TestData.NewTag();
        var hidden = await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Hidden", Type = GroupType.Private, Owner = owner.Uid, Tags = [tag] });
        var open = await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Open", Type = GroupType.Public, Tags = [tag] });

        var asOutsider = await Client.Groups.ListAsync(new ListGroupsOptions { Tags = [tag] }, onBehalfOf: outsider.Uid);
        var asOwner = await Client.Groups.ListAsync(new ListGroupsOptions { Tags = [tag] }, onBehalfOf: owner.Uid);
        var asApp = await Client.Groups.ListAsync(new ListGroupsOptions { Tags = [tag] });
        var joined = await Client.Groups.ListAsync(new ListGroupsOptions { Tags = [tag], HasJoined = true }, onBehalfOf: owner.Uid);

        Assert.Equal([open.Guid], asOutsider.Items.Select(g => g.Guid));
        Assert.Equal(2, asOwner.Items.Count);
        Assert.Equal(2, asApp.Items.Count);
        Assert.Equal([hidden.Guid], joined.Items.Select(g => g.Guid));
        Assert.False(asOutsider.Items[0].HasJoined);
        await TestData.AssertFailsAsync(() => Client.Groups.GetAsync(hidden.Guid, onBehalfOf: outsider.Uid), CometChatErrorCodes.GroupNotJoined, 403);
        await TestData.AssertFailsAsync(() => Client.Groups.ListAsync(new ListGroupsOptions { HasJoined = true }), CometChatErrorCodes.BadRequest, 400);
    }

    [Fact]
    public async Task List_filters_sorts_and_pages()
    {
        var tag = TestData.NewTag();
        foreach (var (name, type) in new[] { ("Charlie", GroupType.Public), ("Alpha", GroupType.Password), ("Bravo", GroupType.Private) })
        {
            await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = name, Type = type, Password = type == GroupType.Password ? "pw" : null, Tags = [tag] });
        }

        var byName = await Client.Groups.ListAsync(new ListGroupsOptions { Tags = [tag], SortBy = GroupSortField.Name, SortOrder = SortOrder.Desc, WithTags = true });
        var publicOnly = await Client.Groups.ListAsync(new ListGroupsOptions { Tags = [tag], Types = [GroupType.Public, GroupType.Password] });
        var all = await Client.Groups.ListAllAsync(new ListGroupsOptions { Tags = [tag], PerPage = 2 }).ToListAsync();
        var secondPage = await Client.Groups.ListAsync(new ListGroupsOptions { Tags = [tag], PerPage = 2, Page = 2 });

        Assert.Equal(["Charlie", "Bravo", "Alpha"], byName.Items.Select(g => g.Name));
        Assert.All(byName.Items, g => Assert.Equal([tag], g.Tags));
        Assert.Equal(2, publicOnly.Items.Count);
        Assert.Equal(3, all.Count);
        Assert.Single(secondPage.Items);
        Assert.Equal(2, secondPage.Pagination!.TotalPages);
    }

    [Fact]
    public async Task Update_needs_a_moderator_and_keeps_the_owner_when_acting_as_a_user()
    {
        var owner = await Client.CreateUserAsync();
        var moderator = await Client.CreateUserAsync();
        var participant = await Client.CreateUserAsync();
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest
        {
            Guid = TestData.NewUid("g"),
            Name = "Before",
            Type = GroupType.Public,
            Owner = owner.Uid,
            Icon = "https://example.com/i.png",
            Members = new GroupMembersToAdd { Moderators = [moderator.Uid], Participants = [participant.Uid] },
        });

        var updated = await Client.Groups.UpdateAsync(
            group.Guid,
            new UpdateGroupRequest { Name = "After", Owner = participant.Uid, Unset = [GroupUnsetField.Icon], Type = GroupType.Password, Password = "secret" },
            onBehalfOf: moderator.Uid);

        Assert.Equal("After", updated.Name);
        Assert.Equal(owner.Uid, updated.Owner);
        Assert.Null(updated.Icon);
        Assert.Equal(GroupType.Password, updated.Type);
        Assert.NotNull(updated.UpdatedAt);
        await TestData.AssertFailsAsync(
            () => Client.Groups.UpdateAsync(group.Guid, new UpdateGroupRequest { Name = "Mine" }, onBehalfOf: participant.Uid),
            CometChatErrorCodes.GroupNoModeratorScope,
            403);
        var stranger = await Client.CreateUserAsync();
        await TestData.AssertFailsAsync(
            () => Client.Groups.UpdateAsync(group.Guid, new UpdateGroupRequest { Name = "Mine" }, onBehalfOf: stranger.Uid),
            CometChatErrorCodes.NotAMember,
            403);

        // The app may hand the group to someone else.
        var handedOver = await Client.Groups.UpdateAsync(group.Guid, new UpdateGroupRequest { Owner = participant.Uid });
        Assert.Equal(participant.Uid, handedOver.Owner);
    }

    [Fact]
    public async Task Delete_needs_an_admin()
    {
        var owner = await Client.CreateUserAsync();
        var moderator = await Client.CreateUserAsync();
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest
        {
            Guid = TestData.NewUid("g"),
            Name = "Doomed",
            Type = GroupType.Public,
            Owner = owner.Uid,
            Members = new GroupMembersToAdd { Moderators = [moderator.Uid] },
        });

        await TestData.AssertFailsAsync(() => Client.Groups.DeleteAsync(group.Guid, onBehalfOf: moderator.Uid), CometChatErrorCodes.GroupNoAdminScope, 403);
        var result = await Client.Groups.DeleteAsync(group.Guid, onBehalfOf: owner.Uid);

        Assert.True(result.Success);
        Assert.Contains(group.Guid, result.Message, System.StringComparison.Ordinal);
        await TestData.AssertFailsAsync(() => Client.Groups.GetAsync(group.Guid), CometChatErrorCodes.GuidNotFound, 404);
    }
}

/// <summary>The updatedAt cursor of <c>GET /groups</c>, on a clock the test moves.</summary>
public sealed class GroupCursorTests
{
    [Fact]
    public async Task Affix_and_updatedAt_select_groups_changed_after_or_before_a_time()
    {
        var time = new SkippingTimeProvider();
        await using var emulator = await Emulator.CometChatEmulator.StartAsync(new Emulator.EmulatorOptions { TimeProvider = time });
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var start = time.GetUtcNow();

        await client.Groups.CreateAsync(new CreateGroupRequest { Guid = "early", Name = "Early", Type = GroupType.Public });
        time.Advance(System.TimeSpan.FromSeconds(10));
        await client.Groups.CreateAsync(new CreateGroupRequest { Guid = "late", Name = "Late", Type = GroupType.Public });
        time.Advance(System.TimeSpan.FromSeconds(10));
        await client.Groups.UpdateAsync("early", new UpdateGroupRequest { Name = "Early, renamed" });

        var after = await client.Groups.ListAsync(new ListGroupsOptions { UpdatedAt = start.AddSeconds(5), Affix = CursorAffix.Append });
        var before = await client.Groups.ListAsync(new ListGroupsOptions { UpdatedAt = start.AddSeconds(15), Affix = CursorAffix.Prepend });

        Assert.Equal(["early", "late"], after.Items.Select(g => g.Guid));
        Assert.Equal(["late"], before.Items.Select(g => g.Guid));
    }
}
