using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What representative Friends and Blocked Users operations send, and how they read the spec's 200 examples.</summary>
public sealed class SocialWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    [Fact]
    public async Task Add_friends_posts_the_accepted_uids_and_reads_the_per_uid_results()
    {
        using var client = TestClient.Create(SpecExamples.AddFriends, out var handler);

        var result = await client.Friends.AddAsync("cometchat-uid-1", new AddFriendsRequest { Accepted = ["cometchat-uid-2"] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "users/cometchat-uid-1/friends", """{"accepted":["cometchat-uid-2"]}""");
        Assert.True(result.Accepted!["cometchat-uid-2"].Success);
        Assert.Equal("Created relationship with status accepted.", result.Accepted["cometchat-uid-2"].Message);
    }

    [Fact]
    public async Task Remove_friends_sends_a_delete_with_a_body()
    {
        using var client = TestClient.Create(SpecExamples.RemoveFriends, out var handler);

        await client.Friends.RemoveAsync("cometchat-uid-1", new RemoveFriendsRequest { Friends = ["cometchat-uid-2"] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "users/cometchat-uid-1/friends", """{"friends":["cometchat-uid-2"]}""");
    }

    [Fact]
    public async Task Block_reads_a_top_level_result_map()
    {
        using var client = TestClient.Create(SpecExamples.BlockUsers, out var handler);

        var result = await client.BlockedUsers.BlockAsync("cometchat-uid-1", new BlockUsersRequest { BlockedUids = ["cometchat-uid-3"] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "users/cometchat-uid-1/blockedusers", """{"blockedUids":["cometchat-uid-3"]}""");
        var entry = Assert.Single(result);
        Assert.Equal("cometchat-uid-3", entry.Key);
        Assert.True(entry.Value.Success);
    }

    [Fact]
    public async Task List_blocked_users_reads_the_block_fields()
    {
        using var client = TestClient.Create(SpecExamples.ListBlockedUsers, out var handler);

        var page = await client.BlockedUsers.ListAsync("cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users/cometchat-uid-1/blockedusers");
        Assert.True(Assert.Single(page.Items).BlockedByMe);
    }
}
