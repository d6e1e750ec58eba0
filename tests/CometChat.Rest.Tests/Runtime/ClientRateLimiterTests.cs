using System;
using System.Threading;
using System.Threading.Tasks;
using CometChat.Rest.Core;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests.Runtime;

public class ClientRateLimiterTests
{
    private const string UserJson = """{"data":{"uid":"u1","name":"U1"}}""";

    [Fact]
    public async Task Permits_are_spread_evenly_over_the_minute()
    {
        var clock = new ManualTimeProvider { AutoAdvance = false };
        var limiter = new ClientRateLimiter(60, clock);

        var first = limiter.AcquireAsync(CancellationToken.None);
        var second = limiter.AcquireAsync(CancellationToken.None);
        var third = limiter.AcquireAsync(CancellationToken.None);

        Assert.True(first.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(third.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Unused_time_does_not_pile_up_into_a_burst()
    {
        var clock = new ManualTimeProvider { AutoAdvance = false };
        var limiter = new ClientRateLimiter(60, clock);
        Assert.True(limiter.AcquireAsync(CancellationToken.None).IsCompletedSuccessfully);

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.True(limiter.AcquireAsync(CancellationToken.None).IsCompletedSuccessfully);
        Assert.False(limiter.AcquireAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task A_waiting_caller_can_cancel()
    {
        var clock = new ManualTimeProvider { AutoAdvance = false };
        var limiter = new ClientRateLimiter(1, clock);
        await limiter.AcquireAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync(cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void The_interval_is_a_minute_divided_by_the_permits()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), new ClientRateLimiter(60, TimeProvider.System).Interval);
        Assert.Equal(TimeSpan.FromMilliseconds(6), new ClientRateLimiter(10_000, TimeProvider.System).Interval);
    }

    [Fact]
    public async Task A_client_with_MaxRequestsPerMinute_paces_its_calls()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        var options = TestClient.DefaultOptions();
        options.TimeProvider = clock;
        options.MaxRequestsPerMinute = 30;
        using var client = TestClient.Create(handler, options);

        for (var i = 0; i < 4; i++)
        {
            await client.Users.GetAsync("u1");
        }

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], clock.Waits);
    }

    [Fact]
    public async Task A_retry_takes_a_permit_too()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue(CannedResponse.Json("""{"error":{"code":"ERR_TOO_MANY_REQUESTS","message":"Slow."}}""", System.Net.HttpStatusCode.TooManyRequests)
                .WithHeader("Retry-After", "0"))
            .EnqueueJson(UserJson);
        var options = TestClient.DefaultOptions();
        options.TimeProvider = clock;
        options.MaxRequestsPerMinute = 60;
        options.Retry.MaxRetries = 1;
        using var client = TestClient.Create(handler, options);

        await client.Users.GetAsync("u1");

        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(1), clock.Waits);
    }

    [Fact]
    public async Task Views_share_the_limiter_of_their_client()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        var options = TestClient.DefaultOptions();
        options.TimeProvider = clock;
        options.MaxRequestsPerMinute = 60;
        using var client = TestClient.Create(handler, options);

        await client.Users.GetAsync("u1");
        await client.OnBehalfOf("alice").Users.GetAsync("u1");

        Assert.Equal([TimeSpan.FromSeconds(1)], clock.Waits);
    }

    [Fact]
    public async Task Without_MaxRequestsPerMinute_calls_do_not_wait()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        var options = TestClient.DefaultOptions();
        options.TimeProvider = clock;
        using var client = TestClient.Create(handler, options);

        await client.Users.GetAsync("u1");
        await client.Users.GetAsync("u1");

        Assert.Empty(clock.Waits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void MaxRequestsPerMinute_must_be_positive(int value)
    {
        var options = TestClient.DefaultOptions();
        options.MaxRequestsPerMinute = value;

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(CometChatClientOptions.MaxRequestsPerMinute), ex.ParamName);
    }
}
