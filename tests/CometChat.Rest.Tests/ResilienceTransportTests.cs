using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

public class ResilienceTransportTests
{
    private const string UserJson = """{"data":{"uid":"u1","name":"U1"}}""";
    private const string TooMany = """{"error":{"code":"ERR_TOO_MANY_REQUESTS","message":"Slow down."}}""";
    private const string Unavailable = """{"error":{"code":"ERR_SERVICE_UNAVAILABLE","message":"Try later."}}""";

    private static CometChatClient Create(RecordingHandler handler, ManualTimeProvider clock, Action<CometChatRetryOptions>? retry = null)
    {
        var options = TestClient.DefaultOptions();
        options.TimeProvider = clock;
        options.Retry = new CometChatRetryOptions();
        retry?.Invoke(options.Retry);
        return TestClient.Create(handler, options);
    }

    private static CannedResponse Error(HttpStatusCode status, string body = Unavailable) => CannedResponse.Json(body, status);

    [Fact]
    public async Task A_429_with_Retry_After_seconds_waits_that_long_then_succeeds()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue(Error(HttpStatusCode.TooManyRequests, TooMany).WithHeader("Retry-After", "2"))
            .EnqueueJson(UserJson);
        using var client = Create(handler, clock);

        var user = await client.Users.GetAsync("u1");

        Assert.Equal("u1", user.Uid);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], clock.Waits);
    }

    [Fact]
    public async Task A_429_is_retried_for_POST_too()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue(Error(HttpStatusCode.TooManyRequests, TooMany).WithHeader("Retry-After", "1"))
            .EnqueueJson(UserJson);
        using var client = Create(handler, clock);

        await client.Users.CreateAsync(new CreateUserRequest { Uid = "u1", Name = "U1" });

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(handler.Requests[0].BodyText, handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task A_429_with_a_Retry_After_date_waits_until_then()
    {
        var clock = new ManualTimeProvider();
        var when = clock.GetUtcNow().AddSeconds(5).ToString("r", CultureInfo.InvariantCulture);
        var handler = new RecordingHandler()
            .Enqueue(Error(HttpStatusCode.TooManyRequests, TooMany).WithHeader("Retry-After", when))
            .EnqueueJson(UserJson);
        using var client = Create(handler, clock);

        await client.Users.GetAsync("u1");

        Assert.Equal([TimeSpan.FromSeconds(5)], clock.Waits);
    }

    [Fact]
    public async Task A_429_with_only_X_Rate_Limit_Reset_waits_until_the_reset()
    {
        var clock = new ManualTimeProvider();
        var reset = clock.GetUtcNow().AddSeconds(7).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var handler = new RecordingHandler()
            .Enqueue(Error(HttpStatusCode.TooManyRequests, TooMany).WithHeader("X-Rate-Limit-Reset", reset))
            .EnqueueJson(UserJson);
        using var client = Create(handler, clock);

        await client.Users.GetAsync("u1");

        Assert.Equal([TimeSpan.FromSeconds(7)], clock.Waits);
    }

    [Fact]
    public async Task A_429_asking_for_more_than_MaxRetryAfter_fails_at_once()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler(_ => Error(HttpStatusCode.TooManyRequests, TooMany).WithHeader("Retry-After", "120"));
        using var client = Create(handler, clock);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("u1"));

        Assert.Single(handler.Requests);
        Assert.Empty(clock.Waits);
        Assert.Equal(429, ex.Status);
        Assert.Equal(1, ex.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
    }

    [Fact]
    public async Task POST_with_503_is_not_retried()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler(_ => Error(HttpStatusCode.ServiceUnavailable));
        using var client = Create(handler, clock);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.CreateAsync(new CreateUserRequest { Uid = "u1", Name = "U1" }));

        Assert.Single(handler.Requests);
        Assert.Equal(503, ex.Status);
        Assert.Equal(1, ex.Attempts);
    }

    [Fact]
    public async Task GET_with_two_503s_then_200_returns_the_result_after_three_requests()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue(Error(HttpStatusCode.ServiceUnavailable))
            .Enqueue(Error(HttpStatusCode.BadGateway))
            .EnqueueJson(UserJson);
        using var client = Create(handler, clock);

        var user = await client.Users.GetAsync("u1");

        Assert.Equal("u1", user.Uid);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, clock.Waits.Count);
        Assert.InRange(clock.Waits[0], TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(0.5));
        Assert.InRange(clock.Waits[1], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task POST_whose_connection_was_refused_is_retried()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue((_, _) => Task.FromException<CannedResponse>(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))))
            .EnqueueJson(UserJson);
        using var client = Create(handler, clock);

        var user = await client.Users.CreateAsync(new CreateUserRequest { Uid = "u1", Name = "U1" });

        Assert.Equal("u1", user.Uid);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task POST_whose_connection_dropped_is_not_retried()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler((_, _) => Task.FromException<CannedResponse>(new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset))));
        using var client = Create(handler, clock);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.CreateAsync(new CreateUserRequest { Uid = "u1", Name = "U1" }));

        Assert.Single(handler.Requests);
        Assert.Equal(0, ex.Status);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task MaxRetries_zero_turns_retries_off()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler(_ => Error(HttpStatusCode.TooManyRequests, TooMany).WithHeader("Retry-After", "1"));
        using var client = Create(handler, clock, r => r.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("u1"));

        Assert.Single(handler.Requests);
        Assert.Equal(1, ex.Attempts);
        Assert.DoesNotContain("attempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exhausted_retries_report_the_attempts_and_the_last_error()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler(_ => Error(HttpStatusCode.TooManyRequests, TooMany).WithHeader("Retry-After", "1"));
        using var client = Create(handler, clock);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("u1"));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(4, ex.Attempts);
        Assert.Equal("ERR_TOO_MANY_REQUESTS", ex.ErrorCode);
        Assert.Contains("failed with ERR_TOO_MANY_REQUESTS (HTTP 429) after 4 attempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exhausted_network_retries_report_the_attempts()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler((_, _) => Task.FromException<CannedResponse>(new HttpRequestException("boom")));
        using var client = Create(handler, clock, r => r.MaxRetries = 2);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("u1"));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(3, ex.Attempts);
        Assert.Contains("after 3 attempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caller_cancellation_during_a_backoff_stops_without_more_requests()
    {
        var clock = new ManualTimeProvider { AutoAdvance = false };
        var handler = new RecordingHandler(_ => Error(HttpStatusCode.ServiceUnavailable));
        using var client = Create(handler, clock);
        using var cts = new CancellationTokenSource();

        var call = client.Users.GetAsync("u1", cancellationToken: cts.Token);
        await clock.TimerCreated.Task.WaitAsync(TimeSpan.FromSeconds(5));
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Caller_cancellation_during_a_request_is_not_retried()
    {
        var clock = new ManualTimeProvider();
        using var cts = new CancellationTokenSource();
        var handler = new RecordingHandler(async (_, ct) =>
        {
            await cts.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return CannedResponse.Json(UserJson);
        });
        using var client = Create(handler, clock);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Users.GetAsync("u1", cancellationToken: cts.Token));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_attempt_timeout_counts_as_a_timeout_and_GET_is_retried()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue(async (_, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return CannedResponse.Json(UserJson);
            })
            .EnqueueJson(UserJson);
        using var client = Create(handler, clock, r => r.AttemptTimeout = TimeSpan.FromSeconds(10));

        var user = await client.Users.GetAsync("u1");

        Assert.Equal("u1", user.Uid);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(10), clock.Waits);
    }

    [Fact]
    public async Task An_attempt_timeout_on_POST_fails_as_a_timeout()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return CannedResponse.Json(UserJson);
        });
        using var client = Create(handler, clock, r => r.AttemptTimeout = TimeSpan.FromSeconds(10));

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.CreateAsync(new CreateUserRequest { Uid = "u1", Name = "U1" }));

        Assert.Single(handler.Requests);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retried_PUT_sends_the_same_body_each_time()
    {
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue(Error(HttpStatusCode.InternalServerError))
            .EnqueueJson(UserJson);
        using var client = Create(handler, clock);

        await client.Users.UpdateAsync("u1", new UpdateUserRequest { Name = "New name" });

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Put, r.Method));
        Assert.NotNull(handler.Requests[0].Body);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
        Assert.Equal(handler.Requests[0].Headers["apikey"], handler.Requests[1].Headers["apikey"]);
        Assert.Equal(handler.Requests[0].Url, handler.Requests[1].Url);
    }
}
