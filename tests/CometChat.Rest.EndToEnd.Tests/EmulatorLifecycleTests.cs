using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Starting, configuring and stopping emulators, and the emulator program's arguments.</summary>
public sealed class EmulatorLifecycleTests
{
    [Fact]
    public async Task StartAsync_with_defaults_listens_on_a_free_loopback_port_with_random_keys()
    {
        await using var emulator = await CometChatEmulator.StartAsync();

        Assert.Equal("http", emulator.BaseUri.Scheme);
        Assert.Equal("127.0.0.1", emulator.BaseUri.Host);
        Assert.NotEqual(0, emulator.BaseUri.Port);
        Assert.Equal("/v3/", emulator.BaseUri.AbsolutePath);
        Assert.Equal("emulator-app", emulator.AppId);
        Assert.Matches("^[0-9a-f]{40}$", emulator.RestApiKey);
        Assert.Matches("^[0-9a-f]{40}$", emulator.AuthOnlyApiKey);
        Assert.NotEqual(emulator.RestApiKey, emulator.AuthOnlyApiKey);

        var options = emulator.CreateClientOptions();
        Assert.Equal(emulator.AppId, options.AppId);
        Assert.Equal(emulator.BaseUri, options.BaseUri);
        Assert.Equal(emulator.RestApiKey, options.ApiKey);
        Assert.Equal(emulator.AuthOnlyApiKey, emulator.CreateClientOptions(emulator.AuthOnlyApiKey).ApiKey);
    }

    [Fact]
    public async Task StartAsync_uses_the_given_app_id_keys_and_address()
    {
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions
        {
            AppId = "my-app",
            Urls = "http://localhost:0",
            RestApiKey = "rest-key",
            AuthOnlyApiKey = "auth-key",
        });
        using var client = new CometChatClient(emulator.CreateClientOptions());

        Assert.Equal("my-app", emulator.AppId);
        Assert.Equal("rest-key", emulator.RestApiKey);
        Assert.Equal("auth-key", emulator.AuthOnlyApiKey);
        Assert.True(emulator.BaseUri.IsLoopback);
        var keys = await client.ApiKeys.ListAsync();
        Assert.Equal(["auth-key", "rest-key"], keys.Items.Select(k => k.Value()));
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://example.com:5080")]
    [InlineData("http://*:5080")]
    [InlineData("https://127.0.0.1:0")]
    [InlineData("http://127.0.0.1:0/v3")]
    [InlineData("http://127.0.0.1:0;http://10.0.0.1:0")]
    public async Task StartAsync_refuses_addresses_other_machines_could_reach(string urls)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => CometChatEmulator.StartAsync(new EmulatorOptions { Urls = urls }));

        Assert.Contains("http://127.0.0.1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_refuses_equal_or_empty_keys()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CometChatEmulator.StartAsync(new EmulatorOptions { RestApiKey = "same", AuthOnlyApiKey = "same" }));
        await Assert.ThrowsAsync<ArgumentException>(() => CometChatEmulator.StartAsync(new EmulatorOptions { RestApiKey = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => CometChatEmulator.StartAsync(new EmulatorOptions { RestApiKey = "has space" }));
        await Assert.ThrowsAsync<ArgumentException>(() => CometChatEmulator.StartAsync(new EmulatorOptions { AppId = " " }));
    }

    [Fact]
    public async Task SeedDemoData_adds_the_sample_users_with_auth_tokens()
    {
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions { SeedDemoData = true });
        using var client = new CometChatClient(emulator.CreateClientOptions());

        var users = await client.Users.ListAsync(new ListUsersOptions { Tags = ["demo"] });

        Assert.Equal(
            ["cometchat-uid-1", "cometchat-uid-2", "cometchat-uid-3", "cometchat-uid-4", "cometchat-uid-5"],
            users.Items.Select(u => u.Uid));
        foreach (var user in users.Items)
        {
            var tokens = await client.AuthTokens.ListAsync(user.Uid);
            Assert.Single(tokens.Items);
        }
    }

    [Fact]
    public async Task Emulators_do_not_share_data()
    {
        await using var first = await CometChatEmulator.StartAsync();
        await using var second = await CometChatEmulator.StartAsync();
        using var firstClient = new CometChatClient(first.CreateClientOptions());
        using var secondClient = new CometChatClient(second.CreateClientOptions());
        var uid = TestData.NewUid();

        await firstClient.CreateUserAsync(uid);

        Assert.NotEqual(first.BaseUri, second.BaseUri);
        await TestData.AssertFailsAsync(() => secondClient.Users.GetAsync(uid), CometChatErrorCodes.UidNotFound, 404);
        await TestData.AssertFailsAsync(() => secondClient.ApiKeys.GetAsync(first.RestApiKey), CometChatErrorCodes.ApiKeyNotFound, 404);
    }

    [Fact]
    public async Task DisposeAsync_stops_the_server_and_may_be_called_twice()
    {
        var emulator = await CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        await client.Users.ListAsync();

        await emulator.DisposeAsync();
        await emulator.DisposeAsync();

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.ListAsync());
        Assert.Equal(0, ex.Status);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public void The_command_line_accepts_the_documented_options()
    {
        Assert.True(EmulatorCommandLine.TryParse(
            ["--urls", "http://127.0.0.1:5080", "--seed", "--app-id", "demo", "--api-key=rest", "--auth-key", "auth"],
            out var options,
            out var help,
            out _));

        Assert.False(help);
        Assert.Equal("http://127.0.0.1:5080", options.Urls);
        Assert.True(options.SeedDemoData);
        Assert.Equal("demo", options.AppId);
        Assert.Equal("rest", options.RestApiKey);
        Assert.Equal("auth", options.AuthOnlyApiKey);

        Assert.True(EmulatorCommandLine.TryParse(["--help"], out _, out help, out _));
        Assert.True(help);
    }

    [Fact]
    public void The_command_line_sets_rate_limits_and_faults()
    {
        Assert.True(EmulatorCommandLine.TryParse(
            [
                "--seed-demo-data", "--rate-limits", "--core-limit", "5", "--standard-limit=7",
                "--fault-error-rate", "0.25", "--fault-drop-rate", "0.1", "--fault-429-rate=0.05", "--fault-429-burst", "4",
                "--fault-latency-ms", "150", "--fault-seed", "-3", "--fault-late-share", "0.5",
            ],
            out var options,
            out _,
            out _));

        Assert.True(options.SeedDemoData);
        Assert.True(options.RateLimits.Enabled);
        Assert.Equal(5, options.RateLimits.CoreRequestsPerMinute);
        Assert.Equal(7, options.RateLimits.StandardRequestsPerMinute);
        Assert.Equal(0.25, options.Faults.ErrorRate);
        Assert.Equal(0.1, options.Faults.DropRate);
        Assert.Equal(0.5, options.Faults.AfterProcessingShare);
        Assert.Equal(0.05, options.Faults.TooManyRequestsRate);
        Assert.Equal(4, options.Faults.TooManyRequestsBurstLength);
        Assert.Equal(TimeSpan.FromMilliseconds(150), options.Faults.Latency);
        Assert.Equal(-3, options.Faults.Seed);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--urls")]
    [InlineData("--app-id", "--seed")]
    [InlineData("--fault-error-rate", "1.5")]
    [InlineData("--fault-drop-rate", "lots")]
    [InlineData("--core-limit", "-1")]
    [InlineData("--fault-latency-ms", "soon")]
    public void The_command_line_rejects_unknown_options_and_missing_values(params string[] args)
    {
        Assert.False(EmulatorCommandLine.TryParse(args, out _, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
