using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Injected faults, and the client's retry pipeline recovering from them.</summary>
public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Server_errors_are_retried_for_reads_until_the_retries_run_out()
    {
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions { Faults = new EmulatorFaultOptions { ErrorRate = 1, Seed = 1 } });
        var (client, _) = CreateClient(emulator, maxRetries: 2);
        using (client)
        {
            var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.ListAsync());
            Assert.True(ex.Status is 500 or 503, $"status {ex.Status}");
            Assert.Equal(3, emulator.RequestCount);

            // A POST may have been processed, so it is never sent twice.
            await Assert.ThrowsAsync<CometChatException>(() => client.CreateUserAsync());
            Assert.Equal(4, emulator.RequestCount);
            Assert.Equal(4, emulator.InjectedFaultCount);
        }
    }

    [Fact]
    public async Task The_client_recovers_from_injected_503s_500s_and_drops()
    {
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions
        {
            Faults = new EmulatorFaultOptions { ErrorRate = 0.3, DropRate = 0.2, Seed = 42 },
        });
        var (client, _) = CreateClient(emulator, maxRetries: 20);
        using (client)
        {
            for (var i = 0; i < 15; i++)
            {
                var keys = await client.ApiKeys.ListAsync();
                Assert.Equal(2, keys.Items.Count);
            }

            Assert.True(emulator.InjectedFaultCount > 0);
            Assert.Equal(15 + emulator.InjectedFaultCount, emulator.RequestCount);
        }
    }

    [Fact]
    public async Task The_client_waits_out_429_bursts()
    {
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions
        {
            Faults = new EmulatorFaultOptions { TooManyRequestsRate = 0.3, TooManyRequestsBurstLength = 3, TooManyRequestsRetryAfter = TimeSpan.FromSeconds(2), Seed = 3 },
        });
        var (client, time) = CreateClient(emulator, maxRetries: 30);
        using (client)
        {
            var start = time.GetUtcNow();

            // 429s are retried for POST too: CometChat did not process the request.
            for (var i = 0; i < 10; i++)
            {
                await client.CreateUserAsync();
            }

            Assert.True(emulator.InjectedFaultCount >= 3);
            Assert.True(time.GetUtcNow() - start >= TimeSpan.FromSeconds(2 * emulator.InjectedFaultCount));
        }
    }

    [Fact]
    public async Task The_same_seed_fails_the_same_requests()
    {
        async Task<List<int>> RunAsync()
        {
            await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions
            {
                Faults = new EmulatorFaultOptions { ErrorRate = 0.3, TooManyRequestsRate = 0.2, Seed = 1234 },
            });
            using var http = new HttpClient { BaseAddress = emulator.BaseUri };
            http.DefaultRequestHeaders.Add("apikey", emulator.RestApiKey);
            var statuses = new List<int>();
            for (var i = 0; i < 30; i++)
            {
                using var response = await http.GetAsync(new Uri("apikeys", UriKind.Relative));
                statuses.Add((int)response.StatusCode);
                if ((int)response.StatusCode == 429)
                {
                    Assert.Equal("20000", response.Headers.GetValues("X-Rate-Limit").Single());
                    Assert.Equal("0", response.Headers.GetValues("X-Rate-Limit-Remaining").Single());
                    Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
                    Assert.True(response.Headers.Contains("X-Rate-Limit-Reset"));
                }
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(429, first);
        Assert.Contains(first, s => s is 500 or 503);
    }

    [Fact]
    public async Task A_dropped_connection_fails_without_a_response()
    {
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions { Faults = new EmulatorFaultOptions { DropRate = 1 } });
        using var http = new HttpClient { BaseAddress = emulator.BaseUri };

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("users", UriKind.Relative)));
    }

    [Fact]
    public async Task Latency_is_added_to_every_request()
    {
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions { Faults = new EmulatorFaultOptions { Latency = TimeSpan.FromMilliseconds(300) } });
        using var client = new CometChatClient(emulator.CreateClientOptions());

        var watch = Stopwatch.StartNew();
        await client.Users.ListAsync();

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(280), $"took {watch.Elapsed}");
        Assert.Equal(0, emulator.InjectedFaultCount);
    }

    private static (CometChatClient Client, SkippingTimeProvider Time) CreateClient(CometChatEmulator emulator, int maxRetries)
    {
        var time = new SkippingTimeProvider();
        var options = emulator.CreateClientOptions();
        options.TimeProvider = time;
        options.Retry.MaxRetries = maxRetries;
        return (new CometChatClient(options), time);
    }
}
