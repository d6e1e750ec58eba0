using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Friends (both ways) and blocked users (one way).</summary>
public sealed class FriendsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public FriendsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Friends_are_added_both_ways_and_reported_per_uid()
    {
        var me = await Client.CreateUserAsync(name: "Me");
        var alice = await Client.CreateUserAsync(name: "Alice");
        var bob = await Client.CreateUserAsync(name: "Bob");
        var missing = TestData.NewUid();

        var added = await Client.Friends.AddAsync(me.Uid, new AddFriendsRequest { Accepted = [alice.Uid, bob.Uid, me.Uid, missing] });
        var again = await Client.Friends.AddAsync(me.Uid, new AddFriendsRequest { Accepted = [alice.Uid] });

        Assert.True(added.Accepted![alice.Uid].Success);
        Assert.Equal("Created relationship with status accepted.", added.Accepted[alice.Uid].Message);
        Assert.Equal(CometChatErrorCodes.CannotFormSelfRelation, added.Accepted[me.Uid].Error!["code"]!.GetValue<string>());
        Assert.Equal(CometChatErrorCodes.UidNotFound, added.Accepted[missing].Error!["code"]!.GetValue<string>());
        Assert.Equal(CometChatErrorCodes.AlreadyFriend, again.Accepted![alice.Uid].Error!["code"]!.GetValue<string>());

        Assert.Equal([alice.Uid, bob.Uid], (await Client.Friends.ListAsync(me.Uid)).Items.Select(u => u.Uid));
        Assert.Equal([me.Uid], (await Client.Friends.ListAsync(alice.Uid)).Items.Select(u => u.Uid));
        Assert.Equal([bob.Uid], (await Client.Friends.ListAsync(me.Uid, new ListFriendsOptions { SearchKey = "bo" })).Items.Select(u => u.Uid));
        var paged = await Client.Friends.ListAsync(me.Uid, new ListFriendsOptions { PerPage = 1, Page = 2 });
        Assert.Equal([bob.Uid], paged.Items.Select(u => u.Uid));
        Assert.Equal(2, paged.Pagination!.TotalPages);

        var removed = await Client.Friends.RemoveAsync(me.Uid, new RemoveFriendsRequest { Friends = [alice.Uid, missing] });
        Assert.True(removed.Friends![alice.Uid].Success);
        Assert.Equal(CometChatErrorCodes.NotAFriend, removed.Friends[missing].Error!["code"]!.GetValue<string>());
        Assert.Empty((await Client.Friends.ListAsync(alice.Uid)).Items);
    }

    [Fact]
    public async Task Friend_errors()
    {
        var me = await Client.CreateUserAsync();

        await TestData.AssertFailsAsync(() => Client.Friends.ListAsync(TestData.NewUid()), CometChatErrorCodes.UidNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.Friends.AddAsync(TestData.NewUid(), new AddFriendsRequest { Accepted = [me.Uid] }), CometChatErrorCodes.UidNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.Friends.AddAsync(me.Uid, new AddFriendsRequest { Accepted = [] }), CometChatErrorCodes.BadRequest, 400);
    }

    [Fact]
    public async Task Blocking_is_one_way_and_listed_with_when()
    {
        var me = await Client.CreateUserAsync();
        var pest = await Client.CreateUserAsync();
        var other = await Client.CreateUserAsync();

        var blocked = await Client.BlockedUsers.BlockAsync(me.Uid, new BlockUsersRequest { BlockedUids = [pest.Uid, me.Uid] });
        await Client.BlockedUsers.BlockAsync(pest.Uid, new BlockUsersRequest { BlockedUids = [me.Uid] });

        Assert.True(blocked[pest.Uid].Success);
        Assert.Equal($"The user with UID {me.Uid} has blocked user with UID {pest.Uid} successfully.", blocked[pest.Uid].Message);
        Assert.Equal(CometChatErrorCodes.CannotBlockSelf, blocked[me.Uid].Error!["code"]!.GetValue<string>());
        var list = await Client.BlockedUsers.ListAsync(me.Uid);
        var entry = Assert.Single(list.Items);
        Assert.Equal(pest.Uid, entry.Uid);
        Assert.True(entry.BlockedByMe);
        Assert.True(entry.HasBlockedMe);
        Assert.NotNull(entry.BlockedByMeAt);
        Assert.Empty((await Client.BlockedUsers.ListAsync(other.Uid)).Items);

        var unblocked = await Client.BlockedUsers.UnblockAsync(me.Uid, new UnblockUsersRequest { BlockedUids = [pest.Uid, other.Uid] });
        Assert.True(unblocked[pest.Uid].Success);
        Assert.False(unblocked[other.Uid].Success);
        Assert.Empty((await Client.BlockedUsers.ListAsync(me.Uid)).Items);
        await TestData.AssertFailsAsync(() => Client.BlockedUsers.ListAsync(TestData.NewUid()), CometChatErrorCodes.UidNotFound, 404);
    }

    [Fact]
    public async Task A_permanently_deleted_user_leaves_friends_groups_and_blocks()
    {
        var me = await Client.CreateUserAsync();
        var gone = await Client.CreateUserAsync();
        await Client.Friends.AddAsync(me.Uid, new AddFriendsRequest { Accepted = [gone.Uid] });
        await Client.BlockedUsers.BlockAsync(me.Uid, new BlockUsersRequest { BlockedUids = [gone.Uid] });
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "G", Type = GroupType.Public, Owner = me.Uid, Members = new GroupMembersToAdd { Participants = [gone.Uid] } });

        await Client.Users.DeleteAsync(gone.Uid, new DeleteUserRequest { Permanent = true });
        await Client.CreateUserAsync(gone.Uid);

        Assert.Empty((await Client.Friends.ListAsync(me.Uid)).Items);
        Assert.Empty((await Client.BlockedUsers.ListAsync(me.Uid)).Items);
        Assert.Equal([me.Uid], (await Client.GroupMembers.ListAsync(group.Guid)).Items.Select(m => m.Uid));
    }
}
