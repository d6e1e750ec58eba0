using System;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests.Runtime;

public class OnBehalfOfTests
{
    private const string UserJson = """{"data":{"uid":"u1","name":"U1"}}""";
    private const string GroupJson = """{"data":{"guid":"g1","name":"G1","type":"public"}}""";

    [Fact]
    public async Task A_view_sends_onBehalfOf_on_operations_that_have_no_such_parameter()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        using var client = TestClient.Create(handler);
        var alice = client.OnBehalfOf("alice");

        await alice.Users.UpdateAsync("u1", new UpdateUserRequest { Name = "New" });

        Assert.Equal("alice", handler.SingleRequest.Headers["onBehalfOf"]);
        Assert.Equal("key", handler.SingleRequest.Headers["apikey"]);
    }

    [Fact]
    public async Task The_original_client_is_unchanged_by_its_views()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        using var client = TestClient.Create(handler);
        _ = client.OnBehalfOf("alice");

        await client.Users.GetAsync("u1");

        Assert.False(handler.SingleRequest.Headers.ContainsKey("onBehalfOf"));
    }

    [Fact]
    public async Task The_per_call_onBehalfOf_argument_wins_over_the_view()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(GroupJson));
        using var client = TestClient.Create(handler);

        await client.OnBehalfOf("alice").Groups.GetAsync("g1", onBehalfOf: "bob");

        Assert.Equal("bob", handler.SingleRequest.Headers["onBehalfOf"]);
    }

    [Fact]
    public async Task A_view_of_a_view_acts_for_the_last_user()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(GroupJson));
        using var client = TestClient.Create(handler);

        await client.OnBehalfOf("alice").OnBehalfOf("carol").Groups.GetAsync("g1");

        Assert.Equal("carol", handler.SingleRequest.Headers["onBehalfOf"]);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("al ice", "it contains a space at position 2")]
    [InlineData("alice@example.com", "it contains '@' at position 5")]
    public void An_invalid_uid_fails_before_anything_is_sent_naming_the_parameter_and_the_rule(string uid, string violation)
    {
        using var client = TestClient.Create(new RecordingHandler());

        var ex = Assert.Throws<ArgumentException>(() => client.OnBehalfOf(uid));

        Assert.Equal("uid", ex.ParamName);
        Assert.Contains(violation, ex.Message, StringComparison.Ordinal);
        Assert.Contains(CometChatIdentifier.Rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_uid_fails_naming_the_parameter()
    {
        using var client = TestClient.Create(new RecordingHandler());

        var ex = Assert.Throws<ArgumentNullException>(() => client.OnBehalfOf(null!));

        Assert.Equal("uid", ex.ParamName);
    }

    [Fact]
    public void A_uid_longer_than_100_characters_is_rejected()
    {
        using var client = TestClient.Create(new RecordingHandler());

        var ex = Assert.Throws<ArgumentException>(() => client.OnBehalfOf(new string('a', 101)));

        Assert.Contains("101 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_a_view_leaves_the_client_and_its_connections_working()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        var options = TestClient.DefaultOptions();
        using var http = new System.Net.Http.HttpClient(handler);
        using var shared = new CometChatClient(options, http);

        using (var view = shared.OnBehalfOf("alice"))
        {
            await view.Users.GetAsync("u1");
        }

        await shared.Users.GetAsync("u1");
        Assert.False(handler.Disposed);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_view_shares_the_rate_limit_state_of_its_client()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson)
            .WithHeader("X-Rate-Limit", "10000")
            .WithHeader("X-Rate-Limit-Remaining", "9876"));
        using var client = TestClient.Create(handler);

        await client.OnBehalfOf("alice").Users.GetAsync("u1");

        Assert.Equal(9876, client.LastRateLimit?.Remaining);
        Assert.Same(client.Options, client.OnBehalfOf("alice").Options);
    }
}
