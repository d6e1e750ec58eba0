using System;
using System.Threading.Tasks;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

public class RateLimitInfoTests
{
    private const string UserJson = """{"data":{"uid":"u1","name":"U1"}}""";

    [Fact]
    public async Task LastRateLimit_follows_the_latest_response_headers()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue(CannedResponse.Json(UserJson).WithHeader("X-Rate-Limit", "700").WithHeader("X-Rate-Limit-Remaining", "699"))
            .Enqueue(CannedResponse.Json(UserJson).WithHeader("X-Rate-Limit", "700").WithHeader("X-Rate-Limit-Remaining", "698").WithHeader("X-Rate-Limit-Reset", "1625143246"))
            .EnqueueJson(UserJson);
        var options = TestClient.DefaultOptions();
        options.TimeProvider = clock;
        using var client = TestClient.Create(handler, options);

        Assert.Null(client.LastRateLimit);

        await client.Users.GetAsync("u1");
        var first = client.LastRateLimit!;
        Assert.Equal(700, first.Limit);
        Assert.Equal(699, first.Remaining);
        Assert.Null(first.Reset);
        Assert.Equal(clock.GetUtcNow(), first.ObservedAt);

        await client.Users.GetAsync("u1");
        var second = client.LastRateLimit!;
        Assert.Equal(698, second.Remaining);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1625143246), second.Reset);

        // A response without the headers keeps the last snapshot.
        await client.Users.GetAsync("u1");
        Assert.Same(second, client.LastRateLimit);
    }
}
