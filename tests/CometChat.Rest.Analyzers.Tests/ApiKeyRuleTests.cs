using System.Collections.Generic;
using System.Threading.Tasks;
using CometChat.Rest.Analyzers.Tests.Infrastructure;

namespace CometChat.Rest.Analyzers.Tests;

/// <summary>CCA1002 (key written in source) and the CCA1001 project-kind matrix.</summary>
public sealed class ApiKeyRuleTests
{
    private const string FromConfiguration = """
        class C
        {
            CometChatClientOptions M() => new() { AppId = "app", {|CCA1001:ApiKey = Environment.GetEnvironmentVariable("COMETCHAT_API_KEY")|} };
        }
        """;

    private const string ServerCode = """
        class C
        {
            CometChatClientOptions M() => new() { AppId = "app", ApiKey = Environment.GetEnvironmentVariable("COMETCHAT_API_KEY") };
        }
        """;

    [Fact]
    public Task A_key_literal_is_flagged_in_any_project() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            const string Key = "f1915e328e249ffaaafd97fb46a57ba55d233fbf";

            void M()
            {
                _ = new CometChatClientOptions { ApiKey = {|CCA1002:"f1915e328e249ffaaafd97fb46a57ba55d233fbf"|} };
                var options = new CometChatClientOptions();
                options.ApiKey = {|CCA1002:Key|};
                options.ApiKey = Environment.GetEnvironmentVariable("COMETCHAT_API_KEY");
            }
        }
        """);

    public static TheoryData<string, string> ClientSideProjects => new()
    {
        { "UsingMicrosoftNETSdkBlazorWebAssembly", "true" },
        { "UseMaui", "true" },
        { "UseWPF", "true" },
        { "UseWindowsForms", "True" },
        { "TargetPlatformIdentifier", "android" },
        { "TargetPlatformIdentifier", "ios" },
        { "TargetPlatformIdentifier", "maccatalyst" },
        { "TargetPlatformIdentifier", "tvos" },
        { "TargetPlatformIdentifier", "browser" },
        { "CometChatClientSide", "true" },
    };

    [Theory]
    [MemberData(nameof(ClientSideProjects))]
    public Task Setting_the_key_in_a_client_side_project_is_flagged(string property, string value) =>
        AnalyzerHarness.VerifyAsync(FromConfiguration, new Dictionary<string, string> { [property] = value });

    [Fact]
    public Task Unity_projects_are_client_side() =>
        AnalyzerHarness.VerifyAsync(FromConfiguration, preprocessorSymbols: ["UNITY_2022_3_OR_NEWER"]);

    public static TheoryData<string, string> ServerProjects => new()
    {
        { "UsingMicrosoftNETSdkWeb", "true" },
        { "UsingMicrosoftNETSdkWorker", "true" },
        { "TargetPlatformIdentifier", "windows" },
        { "UseWPF", "false" },
        { "CometChatClientSide", "false" },
    };

    [Theory]
    [MemberData(nameof(ServerProjects))]
    public Task Server_projects_get_nothing(string property, string value) =>
        AnalyzerHarness.VerifyAsync(ServerCode, new Dictionary<string, string> { [property] = value });

    [Fact]
    public Task A_console_project_gets_nothing() => AnalyzerHarness.VerifyAsync(ServerCode);
}
