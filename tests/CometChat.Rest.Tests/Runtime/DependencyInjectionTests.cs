using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CometChat.Rest.Tests.Runtime;

public class DependencyInjectionTests
{
    private const string UserJson = """{"data":{"uid":"u1","name":"U1"}}""";

    private static IConfiguration Configuration(params (string Key, string Value)[] values)
    {
        var data = new Dictionary<string, string?>();
        foreach (var (key, value) in values)
        {
            data[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(data).Build();
    }

    [Fact]
    public void Options_are_read_from_the_CometChat_section()
    {
        var services = new ServiceCollection();
        services.AddCometChat(Configuration(
            ("CometChat:AppId", "app1"),
            ("CometChat:Region", "EU"),
            ("CometChat:ApiKey", "k1"),
            ("CometChat:Timeout", "00:00:20"),
            ("CometChat:MaxRequestsPerMinute", "60"),
            ("CometChat:Retry:MaxRetries", "5"),
            ("CometChat:Retry:AttemptTimeout", "00:00:03")));
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<CometChatClient>();

        Assert.Equal("app1", client.Options.AppId);
        Assert.Equal(CometChatRegion.Eu, client.Options.Region);
        Assert.Equal("k1", client.Options.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(20), client.Options.Timeout);
        Assert.Equal(60, client.Options.MaxRequestsPerMinute);
        Assert.Equal(5, client.Options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(3), client.Options.Retry.AttemptTimeout);
        Assert.Equal(new Uri("https://app1.api-eu.cometchat.io/v3/"), client.Options.GetChatBaseUri());
        Assert.Same(client, provider.GetRequiredService<CometChatClient>());
    }

    [Fact]
    public void Code_configuration_runs_after_the_section()
    {
        var services = new ServiceCollection();
        services.AddCometChat(
            Configuration(("CometChat:AppId", "app1"), ("CometChat:ApiKey", "from-config")),
            o => o.ApiKey = "from-code");
        using var provider = services.BuildServiceProvider();

        Assert.Equal("from-code", provider.GetRequiredService<CometChatClient>().Options.ApiKey);
    }

    [Fact]
    public async Task Calls_go_through_the_IHttpClientFactory_client_with_its_handlers()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        var services = new ServiceCollection();
        services.AddCometChat(o =>
            {
                o.AppId = "app1";
                o.Region = CometChatRegion.Eu;
                o.ApiKey = "k1";
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var user = await provider.GetRequiredService<CometChatClient>().Users.GetAsync("u1");

        Assert.Equal("u1", user.Uid);
        Assert.Equal("https://app1.api-eu.cometchat.io/v3/users/u1", handler.SingleRequest.Url);
        Assert.Equal("k1", handler.SingleRequest.Headers["apikey"]);
    }

    [Fact]
    public async Task Disposing_a_client_from_the_container_leaves_the_factory_handlers_alone()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        var services = new ServiceCollection();
        services.AddCometChat(o =>
            {
                o.AppId = "app1";
                o.ApiKey = "k1";
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<CometChatClient>();

        client.Dispose();

        Assert.False(handler.Disposed);
        using var other = provider.GetRequiredService<IHttpClientFactory>().CreateClient("CometChat");
        Assert.NotNull(await other.GetAsync(new Uri("https://app1.api-us.cometchat.io/v3/users")));
    }

    [Fact]
    public async Task A_client_does_not_dispose_an_HttpClient_it_was_given()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        using var http = new HttpClient(handler);

        using (var client = new CometChatClient(TestClient.DefaultOptions(), http))
        {
            await client.Users.GetAsync("u1");
        }

        Assert.False(handler.Disposed);
        await http.GetAsync(new Uri(TestClient.BaseUrl + "users/u1"));
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public void Named_apps_live_side_by_side_as_keyed_services_and_through_the_factory()
    {
        var configuration = Configuration(
            ("CometChat:dev:AppId", "devapp"),
            ("CometChat:dev:ApiKey", "dev-key"),
            ("CometChat:prod:AppId", "prodapp"),
            ("CometChat:prod:Region", "in"),
            ("CometChat:prod:ApiKey", "prod-key"));
        var services = new ServiceCollection();
        services.AddCometChat("dev", configuration);
        services.AddCometChat("prod", configuration);
        using var provider = services.BuildServiceProvider();

        var dev = provider.GetRequiredKeyedService<CometChatClient>("dev");
        var prod = provider.GetRequiredKeyedService<CometChatClient>("prod");
        var factory = provider.GetRequiredService<ICometChatClientFactory>();

        Assert.Equal("devapp", dev.Options.AppId);
        Assert.Equal("prodapp", prod.Options.AppId);
        Assert.Equal(CometChatRegion.In, prod.Options.Region);
        Assert.Same(dev, factory.GetClient("dev"));
        Assert.Same(prod, factory.GetClient("prod"));
        Assert.Null(provider.GetService<CometChatClient>());
    }

    [Fact]
    public void Asking_for_an_app_that_was_not_registered_names_the_ones_that_were()
    {
        var services = new ServiceCollection();
        services.AddCometChat("dev", o =>
        {
            o.AppId = "devapp";
            o.ApiKey = "k";
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ICometChatClientFactory>().GetClient("prdo"));

        Assert.Contains("'prdo'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'dev'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_are_validated_at_start_with_every_problem_named()
    {
        var services = new ServiceCollection();
        services.AddCometChat(Configuration(("CometChat:AppId", "app1"), ("CometChat:Region", "mars")));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(ex.Failures, f => f.Contains("CometChat:Region 'mars' is not a CometChat region: expected us, eu or in", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("ApiKey is required", StringComparison.Ordinal));
        Assert.DoesNotContain("(Parameter", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_host_the_first_resolve_fails_with_the_same_messages()
    {
        var services = new ServiceCollection();
        services.AddCometChat(Configuration(("CometChat:AppId", "app1")));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CometChatClient>());

        Assert.Contains("ApiKey is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_AppId_is_reported_at_start()
    {
        var services = new ServiceCollection();
        services.AddCometChat(Configuration(("CometChat:ApiKey", "k")));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("AppId is required", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a uri", "CometChat:BaseUri 'not a uri' is not an absolute http or https address")]
    [InlineData("ftp://files.example.com/", "CometChat:BaseUri 'ftp://files.example.com/' is not an absolute http or https address")]
    [InlineData("/v3/", "CometChat:BaseUri '/v3/' is not an absolute http or https address")]
    public void A_malformed_base_uri_is_reported_at_start(string baseUri, string message)
    {
        var services = new ServiceCollection();
        services.AddCometChat(Configuration(("CometChat:AppId", "app1"), ("CometChat:ApiKey", "k"), ("CometChat:BaseUri", baseUri)));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_do_not_parse_are_named_with_their_key()
    {
        var services = new ServiceCollection();
        services.AddCometChat(Configuration(
            ("CometChat:AppId", "app1"),
            ("CometChat:ApiKey", "k"),
            ("CometChat:Retry:MaxRetries", "three"),
            ("CometChat:Timeout", "soon")));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(ex.Failures, f => f.Contains("CometChat:Retry:MaxRetries 'three' is not a whole number", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("CometChat:Timeout 'soon' is not a time span", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_app_failure_says_which_app()
    {
        var services = new ServiceCollection();
        services.AddCometChat("dev", o => o.AppId = "devapp");
        services.AddCometChat("prod", o =>
        {
            o.AppId = "prodapp";
            o.ApiKey = "k";
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("The CometChat app 'dev' is misconfigured", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'prod'", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(provider.GetRequiredKeyedService<CometChatClient>("prod"));
    }

    [Fact]
    public void Valid_settings_pass_the_start_validation()
    {
        var services = new ServiceCollection();
        services.AddCometChat(Configuration(("CometChat:AppId", "app1"), ("CometChat:ApiKey", "k"), ("CometChat:Region", "us")));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void The_HttpClient_timeout_comes_from_the_options()
    {
        var services = new ServiceCollection();
        services.AddCometChat(o =>
        {
            o.AppId = "app1";
            o.ApiKey = "k";
            o.Timeout = TimeSpan.FromSeconds(7);
        });
        using var provider = services.BuildServiceProvider();

        using var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("CometChat");

        Assert.Equal(TimeSpan.FromSeconds(7), http.Timeout);
    }

    [Fact]
    public void An_empty_app_name_is_rejected()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentException>(() => services.AddCometChat(string.Empty, o => o.AppId = "x"));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public async Task The_container_logger_factory_is_used()
    {
        var logs = new CapturingLoggerFactory();
        var handler = new RecordingHandler(_ => CannedResponse.Json(UserJson));
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(logs);
        services.AddCometChat(o =>
            {
                o.AppId = "app1";
                o.ApiKey = "k";
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<CometChatClient>().Users.GetAsync("u1");

        Assert.Contains(logs.Logs, l => l.Category == "CometChat.Rest" && l.EventId.Name == "CometChatCallSucceeded");
    }
}
