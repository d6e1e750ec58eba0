using System.Threading.Tasks;
using CometChat.Rest.Analyzers.Tests.Infrastructure;
using CometChat.Rest.CodeFixes;

namespace CometChat.Rest.Analyzers.Tests;

/// <summary>The code fixes, applied through a workspace as the IDE applies them.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task An_invalid_uid_becomes_a_valid_one() => CodeFixHarness.VerifyAsync(
        new IdentifierCodeFix(),
        """
        class C
        {
            Task M(CometChatClient client) => client.Users.GetAsync({|CCA1003:"John Smith!"|});
        }
        """,
        """
        class C
        {
            Task M(CometChatClient client) => client.Users.GetAsync("john-smith");
        }
        """,
        expectedTitle: "Use 'john-smith'");

    [Fact]
    public Task An_invalid_guid_in_a_list_item_is_fixed_in_place() => CodeFixHarness.VerifyAsync(
        new IdentifierCodeFix(),
        """
        class C
        {
            static void Join([CometChatIdentifier(IdentifierKind.Guid)] string guid) { }
            void M() => Join({|CCA1004:"Team Room #1"|});
        }
        """,
        """
        class C
        {
            static void Join([CometChatIdentifier(IdentifierKind.Guid)] string guid) { }
            void M() => Join("team-room-1");
        }
        """);

    [Fact]
    public Task An_upper_case_uid_is_lowered() => CodeFixHarness.VerifyAsync(
        new IdentifierCodeFix(),
        """
        class C
        {
            Task M(CometChatClient client) => client.Users.GetAsync({|CCA1005:"Alice"|});
        }
        """,
        """
        class C
        {
            Task M(CometChatClient client) => client.Users.GetAsync("alice");
        }
        """);

    [Fact]
    public Task A_const_reference_is_not_rewritten_in_place() => CodeFixHarness.VerifyNoFixAsync(
        new IdentifierCodeFix(),
        """
        class C
        {
            const string Id = "bad id";
            Task M(CometChatClient client) => client.Users.GetAsync({|CCA1003:Id|});
        }
        """);

    [Theory]
    [InlineData("", "id")]
    [InlineData("!!!", "id")]
    [InlineData("Ünïcode Name", "n-code-name")]
    [InlineData("a  b", "a-b")]
    [InlineData("keep_under-score", "keep_under-score")]
    public void Derived_identifiers_follow_the_rule(string text, string expected) =>
        Assert.Equal(expected, IdentifierCodeFix.Derive(text));

    [Fact]
    public void Derived_identifiers_are_at_most_100_characters() =>
        Assert.Equal(100, IdentifierCodeFix.Derive(new string('a', 150)).Length);

    [Fact]
    public Task A_key_literal_is_read_from_the_environment_instead() => CodeFixHarness.VerifyAsync(
        new ApiKeyCodeFix(),
        """
        class C
        {
            CometChatClientOptions M() => new() { AppId = "app", ApiKey = {|CCA1002:"f1915e328e249ffaaafd97fb46a57ba55d233fbf"|} };
        }
        """,
        """
        class C
        {
            CometChatClientOptions M() => new() { AppId = "app", ApiKey = global::System.Environment.GetEnvironmentVariable("COMETCHAT_API_KEY") };
        }
        """,
        expectedTitle: "Read the key from the COMETCHAT_API_KEY environment variable");
}
