using System.Threading.Tasks;
using CometChat.Rest.Analyzers.Tests.Infrastructure;

namespace CometChat.Rest.Analyzers.Tests;

/// <summary>CCA1003 (UID), CCA1004 (GUID), CCA1005 (upper case), and role IDs under CCA1006.</summary>
public sealed class IdentifierRuleTests
{
    [Fact]
    public Task Invalid_uid_argument_is_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            Task M(CometChatClient client) => client.Users.GetAsync({|CCA1003:"bad uid"|});
        }
        """);

    [Fact]
    public Task Constants_are_followed_to_their_value() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            const string Id = "bad id!";
            Task M(CometChatClient client) => client.Users.GetAsync({|CCA1003:Id|});
        }
        """);

    [Fact]
    public Task Empty_and_too_long_uids_are_flagged() => AnalyzerHarness.VerifyAsync($$"""
        class C
        {
            async Task M(CometChatClient client)
            {
                await client.Users.GetAsync({|CCA1003:""|});
                await client.Users.GetAsync({|CCA1003:"{{new string('a', 101)}}"|});
            }
        }
        """);

    [Fact]
    public Task Property_initializers_and_optional_headers_are_checked() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            async Task M(CometChatClient client)
            {
                await client.Users.CreateAsync(new CreateUserRequest { Uid = {|CCA1003:"a b"|}, Name = "A" });
                await client.Users.GetAsync("alice", onBehalfOf: {|CCA1003:"bob smith"|});
            }
        }
        """);

    [Fact]
    public Task Items_of_identifier_lists_are_checked_in_every_collection_form() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            void M()
            {
                _ = new DeactivateUsersRequest { UidsToDeactivate = [{|CCA1003:"x y"|}, "ok"] };
                _ = new DeactivateUsersRequest { UidsToDeactivate = new[] { "ok", {|CCA1003:"a/b"|} } };
                _ = new DeactivateUsersRequest { UidsToDeactivate = new List<string> { {|CCA1003:"a.b"|} } };
            }
        }
        """);

    [Fact]
    public Task Valid_and_non_constant_uids_are_not_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            async Task M(CometChatClient client, string uid)
            {
                await client.Users.GetAsync("cometchat-uid_1");
                await client.Users.GetAsync(uid);
                await client.Users.GetAsync(uid + "-x");
                await client.ApiKeys.GetAsync("not an identifier, and not checked as one");
            }
        }
        """);

    [Fact]
    public Task Upper_case_uids_get_an_info() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            Task M(CometChatClient client) => client.Users.GetAsync({|CCA1005:"Alice"|});
        }
        """);

    [Fact]
    public Task Guid_parameters_are_checked_wherever_the_metadata_says_so() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            static void Join([CometChatIdentifier(IdentifierKind.Guid)] string guid) { }

            void M()
            {
                Join({|CCA1004:"my group!"|});
                Join({|CCA1005:"Group-1"|});
                Join("group-1");
            }
        }
        """);

    [Fact]
    public Task Invalid_guids_of_generated_operations_are_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            async Task M(CometChatClient client)
            {
                await client.Groups.GetAsync({|CCA1004:"team room"|});
                await client.GroupMembers.KickAsync("team-room", {|CCA1003:"bob smith"|});
            }
        }
        """);

    [Fact]
    public Task Invalid_role_ids_break_a_documented_limit() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            void M() => _ = new ListUsersOptions { Role = {|CCA1006:"team lead"|} };
        }
        """);
}
