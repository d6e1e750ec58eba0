using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Analyzers.Tests.Infrastructure;

namespace CometChat.Rest.Analyzers.Tests;

/// <summary>CCA1006: initializers that break a <c>[CometChatRequiredWhen]</c> condition (a group's password).</summary>
public sealed class RequiredWhenRuleTests
{
    [Fact]
    public Task A_password_group_without_a_password_is_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            const string PasswordType = "password";

            void M()
            {
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = {|CCA1006:GroupType.Password|} };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = {|CCA1006:"password"|} };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = {|CCA1006:PasswordType|} };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = {|CCA1006:new GroupType("password")|} };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Password, Password = {|CCA1006:null|} };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Password, Password = {|CCA1006:""|} };
            }
        }
        """);

    [Fact]
    public Task A_password_group_with_a_password_is_fine() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            void M(string secret, GroupType chosen)
            {
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Password, Password = "s3cret" };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = "password", Password = secret };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = chosen };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = chosen, Password = secret };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Public };
            }
        }
        """);

    [Fact]
    public Task A_password_on_another_group_type_is_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            void M(string secret)
            {
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Public, Password = {|CCA1006:"s3cret"|} };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = "private", Password = {|CCA1006:secret|} };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Private, Password = null };
                _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Public, Password = "" };
            }
        }
        """);

    [Fact]
    public async Task The_messages_name_the_condition()
    {
        var diagnostics = await AnalyzerHarness.RunAsync(AnalyzerHarness.Usings + """
            class C
            {
                void M()
                {
                    _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Password };
                    _ = new CreateGroupRequest { Guid = "g", Name = "G", Type = GroupType.Public, Password = "x" };
                }
            }
            """);

        var messages = diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(
            [
                "CreateGroupRequest.Type is 'password' but Password is not set; CometChat needs Password when Type is 'password'",
                "CreateGroupRequest.Password is set but Type is 'public'; CometChat uses Password only when Type is 'password'",
            ],
            messages);
    }

    [Fact]
    public Task Conditions_on_user_models_are_checked_and_unrelated_models_are_not() => AnalyzerHarness.VerifyAsync("""
        class Box
        {
            public string? Kind { get; set; }

            [CometChatRequiredWhen(nameof(Kind), "locked")]
            public string? Key { get; set; }
        }

        class Plain
        {
            public string? Kind { get; set; }
            public string? Key { get; set; }
        }

        class C
        {
            void M()
            {
                _ = new Box { Kind = {|CCA1006:"locked"|} };
                _ = new Box { Kind = "open", Key = {|CCA1006:"k"|} };
                _ = new Box { Kind = "locked", Key = "k" };
                _ = new Plain { Kind = "locked" };
            }
        }
        """);
}
