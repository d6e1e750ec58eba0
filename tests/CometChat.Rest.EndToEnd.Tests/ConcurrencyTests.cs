using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>The store under parallel requests: nothing lost, nothing doubled.</summary>
public sealed class ConcurrencyTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ConcurrencyTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Parallel_adds_joins_and_friendships_all_land_once()
    {
        var owner = await Client.CreateUserAsync();
        var users = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Client.CreateUserAsync()));
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Busy", Type = GroupType.Public, Owner = owner.Uid });

        // Every user is added twice at once: exactly one of the two calls may win.
        var adds = await Task.WhenAll(users.Concat(users).Select(u =>
            Client.GroupMembers.AddAsync(group.Guid, new AddGroupMembersRequest { Participants = [u.Uid] })));
        await Task.WhenAll(users.Select(u => Client.Friends.AddAsync(owner.Uid, new AddFriendsRequest { Accepted = [u.Uid] })));

        Assert.Equal(users.Length, adds.Count(a => a.Participants!.Values.Single().Success));
        Assert.Equal(users.Length + 1, (await Client.Groups.GetAsync(group.Guid)).MembersCount);
        Assert.Equal(users.Length, (await Client.Friends.ListAllAsync(owner.Uid, new ListFriendsOptions { PerPage = 7 }).ToListAsync()).Count);
    }
}
