using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Group members: adding with per-UID results, listing, scope changes and kicks, with CometChat's privileges.</summary>
public sealed class GroupMembersTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public GroupMembersTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Add_reports_each_uid_and_does_not_fail_the_call()
    {
        var (group, owner) = await CreateGroupAsync();
        var admin = await Client.CreateUserAsync();
        var member = await Client.CreateUserAsync();
        var both = await Client.CreateUserAsync();
        var toBan = await Client.CreateUserAsync();
        var missing = TestData.NewUid();
        await Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest { Participants = [member.Uid] });

        var result = await Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest
        {
            Admins = [admin.Uid, both.Uid],
            Participants = [member.Uid, missing, both.Uid],
            UsersToBan = [toBan.Uid],
        });

        Assert.True(result.Admins![admin.Uid].Success);
        Assert.Equal("groupMember", result.Admins[admin.Uid].Data!["type"]!.GetValue<string>());
        Assert.True(result.Admins[both.Uid].Success);

        // A UID in several lists gets the highest scope only.
        Assert.False(result.Participants!.ContainsKey(both.Uid));
        Assert.Equal(CometChatErrorCodes.AlreadyJoined, result.Participants[member.Uid].Error!["code"]!.GetValue<string>());
        Assert.Equal(CometChatErrorCodes.UidNotFound, result.Participants[missing].Error!["code"]!.GetValue<string>());
        Assert.True(result.UsersToBan![toBan.Uid].Success);

        var members = await Client.GroupMembers.ListAsync(group);
        Assert.Equal([owner, member.Uid, admin.Uid, both.Uid], members.Items.Select(m => m.Uid));
        Assert.Equal(GroupMemberScope.Admin, members.Items.Single(m => m.Uid == both.Uid).Scope);
        var admins = await Client.GroupMembers.ListAsync(group, new ListGroupMembersOptions { Scopes = [GroupMemberScope.Admin] });
        Assert.Equal(3, admins.Items.Count);

        var again = await Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest { Participants = [toBan.Uid] });
        Assert.Equal(CometChatErrorCodes.BannedGroupMember, again.Participants![toBan.Uid].Error!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Add_refuses_more_than_25_users_and_needs_an_admin()
    {
        var (group, _) = await CreateGroupAsync();
        var moderator = await Client.CreateUserAsync();
        await Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest { Moderators = [moderator.Uid] });

        var many = Enumerable.Range(0, 26).Select(_ => TestData.NewUid()).ToList();
        var ex = await Assert.ThrowsAnyAsync<System.Exception>(() => Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest { Participants = many }));
        Assert.True(ex is System.ArgumentException or CometChatException);
        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest { Participants = [.. many.Take(13)], Admins = [.. many.Skip(13).Take(13)] }),
            CometChatErrorCodes.BadRequest,
            400);
        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest { Participants = [TestData.NewUid()] }, onBehalfOf: moderator.Uid),
            CometChatErrorCodes.GroupNoAdminScope,
            403);
        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.AddAsync(TestData.NewUid("g"), new AddGroupMembersRequest { Participants = [moderator.Uid] }),
            CometChatErrorCodes.GuidNotFound,
            404);
    }

    [Fact]
    public async Task Members_are_paged()
    {
        var (group, _) = await CreateGroupAsync();
        var uids = new System.Collections.Generic.List<string>();
        for (var i = 0; i < 4; i++)
        {
            uids.Add((await Client.CreateUserAsync()).Uid);
        }

        await Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest { Participants = uids });

        var page = await Client.GroupMembers.ListAsync(group, new ListGroupMembersOptions { PerPage = 2, Page = 3 });
        var all = await Client.GroupMembers.ListAllAsync(group, new ListGroupMembersOptions { PerPage = 2 }).ToListAsync();

        Assert.Single(page.Items);
        Assert.Equal(5, page.Pagination!.Total);
        Assert.Equal(3, page.Pagination.TotalPages);
        Assert.Equal(5, all.Count);
    }

    [Fact]
    public async Task Scope_changes_follow_the_privileges()
    {
        var (group, owner) = await CreateGroupAsync();
        var admin = await Client.CreateUserAsync();
        var moderator = await Client.CreateUserAsync();
        var participant = await Client.CreateUserAsync();
        var other = await Client.CreateUserAsync();
        await Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest
        {
            Admins = [admin.Uid],
            Moderators = [moderator.Uid],
            Participants = [participant.Uid, other.Uid],
        });

        var promoted = await Client.GroupMembers.ChangeScopeAsync(group, participant.Uid, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Moderator }, onBehalfOf: moderator.Uid);
        Assert.Equal(GroupMemberScope.Moderator, promoted.Scope);
        Assert.Equal(participant.Uid, promoted.Uid);
        Assert.Equal(group, promoted.Guid);

        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.ChangeScopeAsync(group, other.Uid, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Admin }, onBehalfOf: moderator.Uid),
            CometChatErrorCodes.GroupNoScopeClearance,
            403);
        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.ChangeScopeAsync(group, admin.Uid, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Participant }, onBehalfOf: moderator.Uid),
            CometChatErrorCodes.GroupNoScopeClearance,
            403);
        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.ChangeScopeAsync(group, moderator.Uid, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Admin }, onBehalfOf: moderator.Uid),
            CometChatErrorCodes.GroupNoSelfAction,
            403);
        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.ChangeScopeAsync(group, admin.Uid, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Moderator }, onBehalfOf: other.Uid),
            CometChatErrorCodes.GroupNoModeratorScope,
            403);

        // Only the owner may change another admin's scope, and nobody the owner's.
        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.ChangeScopeAsync(group, owner, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Participant }, onBehalfOf: admin.Uid),
            CometChatErrorCodes.GroupNoScopeClearance,
            403);
        var demoted = await Client.GroupMembers.ChangeScopeAsync(group, admin.Uid, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Moderator }, onBehalfOf: owner);
        Assert.Equal(GroupMemberScope.Moderator, demoted.Scope);

        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.ChangeScopeAsync(group, other.Uid, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Participant }),
            CometChatErrorCodes.SameScope,
            400);
        var stranger = await Client.CreateUserAsync();
        await TestData.AssertFailsAsync(
            () => Client.GroupMembers.ChangeScopeAsync(group, stranger.Uid, new ChangeGroupMemberScopeRequest { Scope = GroupMemberScope.Admin }),
            CometChatErrorCodes.NotAMember,
            403);
    }

    [Fact]
    public async Task Kicks_follow_the_privileges()
    {
        var (group, owner) = await CreateGroupAsync();
        var admin = await Client.CreateUserAsync();
        var moderator = await Client.CreateUserAsync();
        var participant = await Client.CreateUserAsync();
        await Client.GroupMembers.AddAsync(group, new AddGroupMembersRequest { Admins = [admin.Uid], Moderators = [moderator.Uid], Participants = [participant.Uid] });

        await TestData.AssertFailsAsync(() => Client.GroupMembers.KickAsync(group, admin.Uid, onBehalfOf: moderator.Uid), CometChatErrorCodes.GroupNoClearance, 403);
        await TestData.AssertFailsAsync(() => Client.GroupMembers.KickAsync(group, moderator.Uid, onBehalfOf: participant.Uid), CometChatErrorCodes.GroupNoModeratorScope, 403);
        await TestData.AssertFailsAsync(() => Client.GroupMembers.KickAsync(group, owner, onBehalfOf: admin.Uid), CometChatErrorCodes.GroupNoClearance, 403);
        await TestData.AssertFailsAsync(() => Client.GroupMembers.KickAsync(group, admin.Uid, onBehalfOf: admin.Uid), CometChatErrorCodes.GroupNoSelfAction, 403);

        var kicked = await Client.GroupMembers.KickAsync(group, participant.Uid, onBehalfOf: moderator.Uid);
        await Client.GroupMembers.KickAsync(group, moderator.Uid, onBehalfOf: admin.Uid);

        Assert.True(kicked.Success);
        Assert.Equal($"User {participant.Uid} has been kicked from the group {group}.", kicked.Message);
        Assert.Equal([owner, admin.Uid], (await Client.GroupMembers.ListAsync(group)).Items.Select(m => m.Uid));
        await TestData.AssertFailsAsync(() => Client.GroupMembers.KickAsync(group, participant.Uid), CometChatErrorCodes.NotAMember, 403);
    }

    private async Task<(string Guid, string Owner)> CreateGroupAsync()
    {
        var owner = await Client.CreateUserAsync();
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Members", Type = GroupType.Public, Owner = owner.Uid });
        return (group.Guid, owner.Uid);
    }
}
