using System;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>CometChatClientOptions: validation messages and the addresses they select.</summary>
public sealed class ClientOptionsTests
{
    [Fact]
    public void Valid_options_pass()
    {
        TestClient.DefaultOptions().Validate();
        new CometChatClientOptions { ApiKey = "k", BaseUri = new Uri("http://127.0.0.1:5000/v3") }.Validate();
        new CometChatClientOptions { ApiKey = "k", AppId = "2a5b8c9d1e", Timeout = System.Threading.Timeout.InfiniteTimeSpan }.Validate();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_ApiKey_is_reported(string? apiKey)
    {
        var options = new CometChatClientOptions { AppId = "app1", ApiKey = apiKey };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("ApiKey", ex.ParamName);
        Assert.StartsWith("CometChatClientOptions.ApiKey is required: the REST API key from the CometChat dashboard.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Missing_AppId_without_BaseUri_is_reported(string? appId)
    {
        var options = new CometChatClientOptions { AppId = appId, ApiKey = "k" };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("AppId", ex.ParamName);
        Assert.StartsWith("CometChatClientOptions.AppId is required unless BaseUri is set.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my.app")]
    [InlineData("my app")]
    [InlineData("app/1")]
    [InlineData("app:1")]
    public void AppId_that_cannot_be_part_of_a_host_name_is_reported(string appId)
    {
        var options = new CometChatClientOptions { AppId = appId, ApiKey = "k" };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("AppId", ex.ParamName);
        Assert.StartsWith($"CometChatClientOptions.AppId '{appId}' cannot be part of a host name.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_BaseUri_is_reported()
    {
        var options = new CometChatClientOptions { ApiKey = "k", BaseUri = new Uri("/v3", UriKind.Relative) };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("BaseUri", ex.ParamName);
        Assert.StartsWith("CometChatClientOptions.BaseUri must be an absolute http or https address; '/v3' is not.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_http_BaseUri_and_CallsBaseUri_are_reported()
    {
        Assert.Equal("BaseUri", Assert.Throws<ArgumentException>(new CometChatClientOptions { ApiKey = "k", BaseUri = new Uri("ftp://example.com/v3") }.Validate).ParamName);
        Assert.Equal("CallsBaseUri", Assert.Throws<ArgumentException>(new CometChatClientOptions { ApiKey = "k", AppId = "a", CallsBaseUri = new Uri("calls", UriKind.Relative) }.Validate).ParamName);
    }

    [Fact]
    public void Non_positive_Timeout_is_reported()
    {
        var ex = Assert.Throws<ArgumentException>(new CometChatClientOptions { ApiKey = "k", AppId = "a", Timeout = TimeSpan.Zero }.Validate);

        Assert.Equal("Timeout", ex.ParamName);
    }

    [Fact]
    public void Client_constructor_validates_the_options()
    {
        using var handler = new RecordingHandler();
        using var httpClient = new HttpClient(handler);

        var ex = Assert.Throws<ArgumentException>(() => new CometChatClient(new CometChatClientOptions { AppId = "app1" }, httpClient));

        Assert.Equal("ApiKey", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => new CometChatClient(null!, httpClient));
        Assert.Throws<ArgumentNullException>(() => new CometChatClient(TestClient.DefaultOptions(), null!));
    }

    [Fact]
    public void Defaults_are_us_and_100_seconds()
    {
        var options = new CometChatClientOptions();

        Assert.Equal(CometChatRegion.Us, options.Region);
        Assert.Equal(TimeSpan.FromSeconds(100), options.Timeout);
    }

    [Theory]
    [InlineData("us", "https://app1.api-us.cometchat.io/v3/", "https://app1.call-us.cometchat.io/v3/")]
    [InlineData("eu", "https://app1.api-eu.cometchat.io/v3/", "https://app1.call-eu.cometchat.io/v3/")]
    [InlineData("in", "https://app1.api-in.cometchat.io/v3/", "https://app1.call-in.cometchat.io/v3/")]
    public void Region_selects_the_hosts(string region, string chat, string calls)
    {
        var options = new CometChatClientOptions { AppId = "app1", ApiKey = "k", Region = CometChatRegion.Parse(region) };

        Assert.Equal(chat, options.GetChatBaseUri().AbsoluteUri);
        Assert.Equal(calls, options.GetCallsBaseUri().AbsoluteUri);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v3", "http://127.0.0.1:5000/v3/")]
    [InlineData("http://127.0.0.1:5000/v3/", "http://127.0.0.1:5000/v3/")]
    [InlineData("http://localhost:8080", "http://localhost:8080/")]
    public void BaseUri_overrides_both_hosts_and_ends_with_a_slash(string baseUri, string expected)
    {
        var options = new CometChatClientOptions { ApiKey = "k", BaseUri = new Uri(baseUri) };

        Assert.Equal(expected, options.GetChatBaseUri().AbsoluteUri);
        Assert.Equal(expected, options.GetCallsBaseUri().AbsoluteUri);
    }

    [Fact]
    public void CallsBaseUri_overrides_the_calls_host_only()
    {
        var options = new CometChatClientOptions
        {
            AppId = "app1",
            ApiKey = "k",
            CallsBaseUri = new Uri("http://127.0.0.1:6000/calls"),
        };

        Assert.Equal("https://app1.api-us.cometchat.io/v3/", options.GetChatBaseUri().AbsoluteUri);
        Assert.Equal("http://127.0.0.1:6000/calls/", options.GetCallsBaseUri().AbsoluteUri);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v3")]
    [InlineData("http://127.0.0.1:5000/v3/")]
    public async Task Requests_go_under_the_BaseUri_path(string baseUri)
    {
        var handler = new RecordingHandler().EnqueueJson(SpecExamples.GetUser).EnqueueJson(SpecExamples.ListUsers);
        using var client = TestClient.Create(handler, new CometChatClientOptions { ApiKey = "k", BaseUri = new Uri(baseUri) });

        await client.Users.GetAsync("alice");
        await client.Users.ListAsync(new ListUsersOptions { PerPage = 5 });

        Assert.Equal("http://127.0.0.1:5000/v3/users/alice", handler.Requests[0].Url);
        Assert.Equal("http://127.0.0.1:5000/v3/users?perPage=5", handler.Requests[1].Url);
        WireAssert.StandardHeaders(handler.Requests[0], apiKey: "k");
    }

    [Fact]
    public async Task UserAgent_option_is_appended()
    {
        var handler = new RecordingHandler().EnqueueJson(SpecExamples.GetUser);
        var options = TestClient.DefaultOptions();
        options.UserAgent = "MyApp/2.1";
        using var client = TestClient.Create(handler, options);

        await client.Users.GetAsync("alice");

        var userAgent = handler.SingleRequest.Headers["User-Agent"];
        Assert.StartsWith("CometChat.Rest/", userAgent, StringComparison.Ordinal);
        Assert.EndsWith(" MyApp/2.1", userAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_exposes_its_options()
    {
        var options = TestClient.DefaultOptions();
        using var handler = new RecordingHandler();
        using var client = new CometChatClient(options, new HttpClient(handler));

        Assert.Same(options, client.Options);
        Assert.NotNull(client.Users);
        Assert.NotNull(client.AuthTokens);
        Assert.NotNull(client.ApiKeys);
    }
}
