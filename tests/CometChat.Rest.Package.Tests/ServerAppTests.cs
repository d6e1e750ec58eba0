using System.Threading.Tasks;
using CometChat.Rest.Emulator;

namespace CometChat.Rest.Package.Tests;

/// <summary>Mode 1: reference the package and use its client, with no other setup.</summary>
[Trait("Category", "Package")]
public sealed class ServerAppTests
{
    [Fact]
    public async Task ServerApp_BuildsCleanOnNet8_AndCallsTheEmulatorWithThePackagedClient()
    {
        var feed = await PackageFeed.GetAsync();
        using var app = feed.CreateConsumer("ServerApp");
        app.WriteProject("net8.0", properties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        app.WriteFile("Program.cs", """
            using System;
            using CometChat.Rest;
            using CometChat.Rest.Models;

            // A server reads the key from configuration; here the test passes the emulator's.
            var options = new CometChatClientOptions { AppId = args[0], BaseUri = new Uri(args[1]), ApiKey = args[2] };
            using var client = new CometChatClient(options);

            var created = await client.Users.CreateAsync(new CreateUserRequest { Uid = "package-consumer", Name = "Package Consumer" });
            var token = await client.AuthTokens.CreateAsync(created.Uid);
            var page = await client.Users.ListAsync(new ListUsersOptions { PerPage = 10 });
            try
            {
                await client.Users.GetAsync("nobody-here");
            }
            catch (CometChatException ex) when (ex.ErrorCode == CometChatErrorCodes.UidNotFound)
            {
                Console.WriteLine($"missing user: {ex.ErrorCode}");
            }

            Console.WriteLine($"created: {created.Uid} ({created.Name})");
            Console.WriteLine($"token for: {token.Uid}");
            Console.WriteLine($"listed: {page.Items.Count}");
            """);

        var build = await app.BuildAsync();
        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(ConsumerProject.Diagnostics(build));

        // The prebuilt client comes from lib/; the package's own spec is not generated again in the consumer.
        Assert.Empty(app.GeneratedFiles("net8.0"));

        await using var emulator = await CometChatEmulator.StartAsync();
        var run = await app.RunAsync("net8.0", emulator.AppId, emulator.BaseUri.AbsoluteUri, emulator.RestApiKey);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("missing user: ERR_UID_NOT_FOUND", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("created: package-consumer (Package Consumer)", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("token for: package-consumer", run.Output, System.StringComparison.Ordinal);
        Assert.Contains("listed: 1", run.Output, System.StringComparison.Ordinal);
    }
}
