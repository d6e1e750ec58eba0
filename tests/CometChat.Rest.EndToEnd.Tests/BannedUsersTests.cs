using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Banning and unbanning group users.</summary>
public sealed class BannedUsersTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public BannedUsersTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Ban_removes_the_member_until_unbanned()
    {
        var owner = await Client.CreateUserAsync();
        var moderator = await Client.CreateUserAsync();
        var member = await Client.CreateUserAsync();
        var outsider = await Client.CreateUserAsync();
        var guid = (await Client.Groups.CreateAsync(new CreateGroupRequest
        {
            Guid = TestData.NewUid("g"),
            Name = "Bans",
            Type = GroupType.Public,
            Owner = owner.Uid,
            Members = new GroupMembersToAdd { Moderators = [moderator.Uid], Participants = [member.Uid] },
        })).Guid;

        var banned = await Client.BannedUsers.BanAsync(guid, member.Uid, onBehalfOf: moderator.Uid);
        await Client.BannedUsers.BanAsync(guid, outsider.Uid);

        Assert.True(banned.Success);
        Assert.Equal($"The user with uid {member.Uid} has been banned from the group {guid}.", banned.Message);
        Assert.Equal([member.Uid, outsider.Uid], (await Client.BannedUsers.ListAsync(guid)).Items.Select(u => u.Uid));
        Assert.DoesNotContain(member.Uid, (await Client.GroupMembers.ListAsync(guid)).Items.Select(m => m.Uid));
        await TestData.AssertFailsAsync(() => Client.BannedUsers.BanAsync(guid, member.Uid), CometChatErrorCodes.AlreadyBanned, 400);

        var unbanned = await Client.BannedUsers.UnbanAsync(guid, member.Uid, onBehalfOf: moderator.Uid);
        Assert.True(unbanned.Success);
        Assert.Equal([outsider.Uid], (await Client.BannedUsers.ListAsync(guid)).Items.Select(u => u.Uid));
        await TestData.AssertFailsAsync(() => Client.BannedUsers.UnbanAsync(guid, member.Uid), CometChatErrorCodes.NotABannedUser, 400);

        var added = await Client.GroupMembers.AddAsync(guid, new AddGroupMembersRequest { Participants = [member.Uid] });
        Assert.True(added.Participants![member.Uid].Success);
    }

    [Fact]
    public async Task Ban_errors()
    {
        var owner = await Client.CreateUserAsync();
        var moderator = await Client.CreateUserAsync();
        var participant = await Client.CreateUserAsync();
        var guid = (await Client.Groups.CreateAsync(new CreateGroupRequest
        {
            Guid = TestData.NewUid("g"),
            Name = "Bans",
            Type = GroupType.Public,
            Owner = owner.Uid,
            Members = new GroupMembersToAdd { Moderators = [moderator.Uid], Participants = [participant.Uid] },
        })).Guid;

        await TestData.AssertFailsAsync(() => Client.BannedUsers.BanAsync(guid, owner.Uid), CometChatErrorCodes.GroupNoClearance, 403);
        await TestData.AssertFailsAsync(() => Client.BannedUsers.BanAsync(guid, moderator.Uid, onBehalfOf: participant.Uid), CometChatErrorCodes.GroupNoModeratorScope, 403);
        await TestData.AssertFailsAsync(() => Client.BannedUsers.BanAsync(guid, TestData.NewUid()), CometChatErrorCodes.UidNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.BannedUsers.BanAsync(TestData.NewUid("g"), participant.Uid), CometChatErrorCodes.GuidNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.BannedUsers.UnbanAsync(guid, participant.Uid, onBehalfOf: participant.Uid), CometChatErrorCodes.GroupNoModeratorScope, 403);
    }
}
