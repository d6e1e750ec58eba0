using System.Threading.Tasks;
using CometChat.Rest.Analyzers.Tests.Infrastructure;

namespace CometChat.Rest.Analyzers.Tests;

/// <summary>CCA1007: a client created per call instead of once and shared.</summary>
public sealed class ClientLifetimeRuleTests
{
    [Fact]
    public Task A_client_created_in_a_loop_is_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            async Task M(CometChatClientOptions options, string[] uids)
            {
                foreach (var uid in uids)
                {
                    var client = {|CCA1007:new CometChatClient(options)|};
                    await client.Users.GetAsync(uid);
                }

                for (var i = 0; i < 3; i++)
                {
                    using var transport = {|CCA1007:new CometChat.Rest.Core.CometChatTransport(options)|};
                }
            }
        }
        """);

    [Fact]
    public async Task A_loop_in_the_entry_point_is_still_a_loop()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(AnalyzerHarness.Usings + """
            class Program
            {
                static async Task Main()
                {
                    using var once = new CometChatClient(new CometChatClientOptions());
                    foreach (var uid in new[] { "a", "b" })
                    {
                        using var perUser = new CometChatClient(new CometChatClientOptions());
                        await perUser.Users.GetAsync(uid);
                    }
                }
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CCA1007", diagnostic.Id);
        Assert.Contains("inside a loop", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public Task A_client_disposed_within_one_call_is_flagged() => AnalyzerHarness.VerifyAsync("""
        class Handler
        {
            public async Task<string> GetNameAsync(CometChatClientOptions options, string uid)
            {
                using var client = {|CCA1007:new CometChatClient(options)|};
                return (await client.Users.GetAsync(uid)).Name;
            }

            public async Task DeleteAsync(CometChatClientOptions options, string uid)
            {
                using (var client = {|CCA1007:new CometChatClient(options)|})
                {
                    await client.Users.DeleteAsync(uid);
                }
            }
        }
        """);

    [Fact]
    public Task Shared_clients_are_not_flagged() => AnalyzerHarness.VerifyAsync("""
        class Service
        {
            private readonly CometChatClient _client;
            private static readonly CometChatClient s_shared = new(new CometChatClientOptions { AppId = "a", ApiKey = Environment.GetEnvironmentVariable("K") });

            public Service(CometChatClientOptions options) => _client = new CometChatClient(options);

            public static async Task Main()
            {
                using var client = new CometChatClient(new CometChatClientOptions());
                await client.Users.GetAsync("alice");
            }

            async Task M(CometChatClientOptions options, System.Net.Http.HttpClient http, string[] uids)
            {
                foreach (var uid in uids)
                {
                    // Over a factory's HttpClient the client owns no connections: cheap to create.
                    using var client = new CometChatClient(options, http);
                    await client.Users.GetAsync(uid);
                }

                Func<CometChatClient> make = () => new CometChatClient(options);
            }
        }
        """);
}
