using System.Threading.Tasks;

namespace CometChat.Rest.Package.Tests;

/// <summary>Mode 1: the analyzers come with the package and read the props it ships.</summary>
[Trait("Category", "Package")]
public sealed class AnalyzerWarningTests
{
    [Fact]
    public async Task BadUidLiteralAndHardCodedKey_AreReportedAsCca1003AndCca1002()
    {
        var feed = await PackageFeed.GetAsync();
        using var app = feed.CreateConsumer("Misuse");
        app.WriteProject("net10.0");
        app.WriteFile("Program.cs", """
            using CometChat.Rest;

            var options = new CometChatClientOptions
            {
                AppId = "my-app",
                ApiKey = "f1915e328e249ffaaafd97fb46a57ba55d233fbf",
            };
            using var client = new CometChatClient(options);
            await client.Users.GetAsync("john smith");
            """);

        var build = await app.BuildAsync();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal(["warning CCA1002", "warning CCA1003"], ConsumerProject.Diagnostics(build));
        Assert.Contains("'john smith' is not a valid CometChat UID", build.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientSideProject_IsToldTheRestKeyDoesNotBelongThere_Cca1001()
    {
        var feed = await PackageFeed.GetAsync();
        using var app = feed.CreateConsumer("ClientSide");
        app.WriteProject("net10.0", properties: "<CometChatClientSide>true</CometChatClientSide>");
        app.WriteFile("Program.cs", """
            using System;
            using CometChat.Rest;

            var options = new CometChatClientOptions
            {
                AppId = "my-app",
                ApiKey = Environment.GetEnvironmentVariable("COMETCHAT_API_KEY"),
            };
            using var client = new CometChatClient(options);
            Console.WriteLine(client.Options.AppId);
            """);

        var build = await app.BuildAsync();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal(["warning CCA1001"], ConsumerProject.Diagnostics(build));
        Assert.Contains("CometChatClientSide is true", build.Output, System.StringComparison.Ordinal);
    }
}
