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

    [Fact]
    public async Task LastRateLimit_reads_lowercase_names_and_ignores_lookalike_and_malformed_headers()
    {
        // HTTP/2 sends header names in lower case; other headers may share the prefix.
        var handler = new RecordingHandler()
            .Enqueue(CannedResponse.Json(UserJson)
                .WithHeader("x-rate-limit-policy", "5")
                .WithHeader("x-rate-limit-remaining", "41")
                .WithHeader("x-rate-limit", "not-a-number")
                .WithHeader("x-rate-limit-reset", " 1625143246 "));
        using var client = TestClient.Create(handler);

        await client.Users.GetAsync("u1");

        var info = client.LastRateLimit!;
        Assert.Null(info.Limit);
        Assert.Equal(41, info.Remaining);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1625143246), info.Reset);
    }

    [Fact]
    public async Task A_reset_header_alone_is_not_a_rate_limit_snapshot()
    {
        var handler = new RecordingHandler()
            .Enqueue(CannedResponse.Json(UserJson).WithHeader("X-Rate-Limit-Reset", "1625143246"));
        using var client = TestClient.Create(handler);

        await client.Users.GetAsync("u1");

        Assert.Null(client.LastRateLimit);
    }
}
