using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Per-minute budgets by rate-limit class, on the emulator's clock (no sleeping).</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Over_budget_requests_get_429_with_retry_headers_until_the_next_minute()
    {
        var time = new SkippingTimeProvider();
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions
        {
            TimeProvider = time,
            RateLimits = new EmulatorRateLimitOptions { Enabled = true, CoreRequestsPerMinute = 2, StandardRequestsPerMinute = 5 },
        });
        using var client = new CometChatClient(NoRetries(emulator));

        await client.CreateUserAsync();
        await client.CreateUserAsync();
        var ex = await TestData.AssertFailsAsync(() => client.CreateUserAsync(), CometChatErrorCodes.TooManyRequests, 429);

        Assert.Equal(TimeSpan.FromSeconds(60), ex.RetryAfter);
        Assert.Equal(0, client.LastRateLimit!.Remaining);
        Assert.Equal(2, client.LastRateLimit.Limit);
        Assert.Equal(time.GetUtcNow().AddSeconds(60), client.LastRateLimit.Reset);

        // Core and standard operations have separate budgets.
        var users = await client.Users.ListAsync();
        Assert.Equal(2, users.Items.Count);
        Assert.Equal(5, client.LastRateLimit.Limit);
        Assert.Equal(4, client.LastRateLimit.Remaining);

        time.Advance(TimeSpan.FromSeconds(60));
        await client.CreateUserAsync();
        Assert.Equal(1, client.LastRateLimit.Remaining);
    }

    [Fact]
    public async Task The_client_waits_out_a_429_and_succeeds()
    {
        var time = new SkippingTimeProvider();
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions
        {
            TimeProvider = time,
            RateLimits = new EmulatorRateLimitOptions { Enabled = true, StandardRequestsPerMinute = 1 },
        });
        var options = emulator.CreateClientOptions();
        options.TimeProvider = time;
        options.Retry.MaxRetryAfter = TimeSpan.FromMinutes(2);
        using var client = new CometChatClient(options);

        await client.ApiKeys.ListAsync();
        var before = time.GetUtcNow();
        var keys = await client.ApiKeys.ListAsync();

        Assert.Equal(2, keys.Items.Count);
        Assert.Equal(3, emulator.RequestCount);
        Assert.True(time.GetUtcNow() - before >= TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Budgets_are_only_counted_when_not_enforced()
    {
        var time = new SkippingTimeProvider();
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions
        {
            TimeProvider = time,
            RateLimits = new EmulatorRateLimitOptions { StandardRequestsPerMinute = 1 },
        });
        using var http = new HttpClient { BaseAddress = emulator.BaseUri };
        http.DefaultRequestHeaders.Add("apikey", emulator.RestApiKey);

        var responses = new[] { await http.GetAsync(new Uri("users", UriKind.Relative)), await http.GetAsync(new Uri("users", UriKind.Relative)) };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(["0", "0"], responses.Select(r => r.Headers.GetValues("X-Rate-Limit-Remaining").Single()));
        Assert.False(responses[1].Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Bad_settings_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CometChatEmulator.StartAsync(new EmulatorOptions { RateLimits = new EmulatorRateLimitOptions { CoreRequestsPerMinute = 0 } }));
        await Assert.ThrowsAsync<ArgumentException>(() => CometChatEmulator.StartAsync(new EmulatorOptions { Faults = new EmulatorFaultOptions { ErrorRate = 1.5 } }));
        await Assert.ThrowsAsync<ArgumentException>(() => CometChatEmulator.StartAsync(new EmulatorOptions { Faults = new EmulatorFaultOptions { ErrorRate = 0.6, DropRate = 0.6 } }));
    }

    internal static CometChatClientOptions NoRetries(CometChatEmulator emulator)
    {
        var options = emulator.CreateClientOptions();
        options.Retry.MaxRetries = 0;
        return options;
    }
}
