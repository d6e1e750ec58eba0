using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary><see cref="EmulatorOptions.SeedDemoData"/>: users, friends, groups with members, a role and a call.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task Demo_data_has_users_friends_groups_and_a_call()
    {
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions { SeedDemoData = true });
        using var client = new CometChatClient(emulator.CreateClientOptions());

        var users = await client.Users.ListAsync();
        var friends = await client.Friends.ListAsync("cometchat-uid-1");
        var groups = await client.Groups.ListAsync();
        var members = await client.GroupMembers.ListAsync("cometchat-guid-1");
        var visible = await client.Groups.ListAsync(onBehalfOf: "cometchat-uid-3");
        var calls = await client.Calls.ListAsync();

        Assert.Equal(5, users.Items.Count);
        Assert.Equal(["cometchat-uid-2", "cometchat-uid-3"], friends.Items.Select(u => u.Uid));
        Assert.Equal(["cometchat-guid-1", "cometchat-guid-2"], groups.Items.Select(g => g.Guid));
        Assert.Equal(4, members.Items.Count);
        Assert.Equal(GroupMemberScope.Admin, members.Items[0].Scope);
        Assert.Equal(["cometchat-guid-1"], visible.Items.Select(g => g.Guid));
        Assert.Equal("support", (await client.Users.GetAsync("cometchat-uid-5")).Role);
        Assert.Single(calls.Items);
        Assert.Single((await client.Calls.ListTranscriptionsAsync(calls.Items[0].SessionId)).Items);
        Assert.Equal(1, (await client.Conversations.GetWithUserAsync("cometchat-uid-2", "cometchat-uid-1")).UnreadMessageCount);
        Assert.Equal(2, (await client.Conversations.GetInGroupAsync("cometchat-guid-1", "cometchat-uid-4")).UnreadMessageCount);
        Assert.Equal(3, (await client.Messages.ListWithUserAsync("cometchat-uid-2", onBehalfOf: "cometchat-uid-1")).Items.Count);
    }
}
