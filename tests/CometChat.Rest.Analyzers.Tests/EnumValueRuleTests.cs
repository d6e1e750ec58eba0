using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Analyzers.Tests.Infrastructure;

namespace CometChat.Rest.Analyzers.Tests;

/// <summary>CCA1006: constants that become an enum struct without being one of its known values.</summary>
public sealed class EnumValueRuleTests
{
    [Fact]
    public Task A_send_category_other_than_message_or_custom_is_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            const string Category = "action";
            const string Custom = "custom";

            void M()
            {
                _ = new SendMessageRequest { Category = {|CCA1006:"action"|} };
                _ = new SendMessageRequest { Category = {|CCA1006:Category|} };
                _ = new SendMessageRequest { Category = {|CCA1006:"Message"|} };
                _ = new SendMessageRequest { Category = "message" };
                _ = new SendMessageRequest { Category = Custom };
                _ = new SendMessageRequest { Category = SendMessageCategory.Custom };
            }
        }
        """);

    [Fact]
    public Task Unknown_scopes_and_group_types_are_flagged_in_every_form() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            static void Take(GroupType type) { }

            void M(string fromUser)
            {
                _ = new ChangeGroupMemberScopeRequest { Scope = {|CCA1006:"owner"|} };
                _ = new ChangeGroupMemberScopeRequest { Scope = "moderator" };
                GroupType converted = {|CCA1006:"protected"|};
                GroupMemberScope? nullable = {|CCA1006:"owner"|};
                var created = new GroupType({|CCA1006:"secret"|});
                Take({|CCA1006:"hidden"|});
                Take("private");
                Take(GroupType.Password);
                Take(fromUser);
                Take(new GroupType(fromUser));
            }
        }
        """);

    [Fact]
    public Task Comparisons_with_values_added_later_are_not_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            bool M(Group group) =>
                group.Type == "protected"
                || group.Type != "hidden"
                || group.Type.Equals("secret")
                || (group.Type = {|CCA1006:"protected"|}) == GroupType.Public;
        }
        """);

    [Fact]
    public async Task The_message_names_the_known_values()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(AnalyzerHarness.Usings + """
            class C { void M() => _ = new SendMessageRequest { Category = "action" }; }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            "'action' is not a SendMessageCategory value CometChat documents (known values: 'message', 'custom')",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task Look_alike_enum_structs_without_the_metadata_are_ignored() => AnalyzerHarness.VerifyAsync("""
        readonly struct Mine
        {
            public Mine(string value) => Value = value;
            public string Value { get; }
            public static implicit operator Mine(string value) => new(value);
        }

        class C
        {
            void M()
            {
                Mine a = "anything";
                _ = new Mine("else");
            }
        }
        """);

    [Fact]
    public Task Enum_structs_written_by_users_with_the_metadata_are_checked() => AnalyzerHarness.VerifyAsync("""
        [CometChatKnownValues("red", "green")]
        readonly struct Colour
        {
            public Colour(string value) => Value = value;
            public string Value { get; }
            public static implicit operator Colour(string value) => new(value);
        }

        class C
        {
            void M()
            {
                Colour a = "red";
                Colour b = {|CCA1006:"blue"|};
            }
        }
        """);
}
