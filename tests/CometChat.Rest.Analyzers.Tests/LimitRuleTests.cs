using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Analyzers.Tests.Infrastructure;

namespace CometChat.Rest.Analyzers.Tests;

/// <summary>CCA1006: constants against the limits the spec documents.</summary>
public sealed class LimitRuleTests
{
    [Fact]
    public Task Page_sizes_outside_the_range_are_flagged() => AnalyzerHarness.VerifyAsync("""
        class C
        {
            void M()
            {
                _ = new ListUsersOptions { PerPage = {|CCA1006:0|} };
                _ = new ListUsersOptions { PerPage = {|CCA1006:1001|} };
                _ = new ListUsersOptions { PerPage = 1000, Page = 3 };
                _ = new ListUsersOptions { Page = {|CCA1006:0|} };
            }
        }
        """);

    [Fact]
    public Task Names_over_the_maximum_length_are_flagged() => AnalyzerHarness.VerifyAsync($$"""
        class C
        {
            void M()
            {
                _ = new CreateUserRequest { Uid = "a", Name = {|CCA1006:"{{new string('n', 101)}}"|} };
                _ = new CreateUserRequest { Uid = "a", Name = "{{new string('n', 100)}}" };
            }
        }
        """);

    [Fact]
    public Task More_than_25_tags_are_flagged_in_any_collection_form()
    {
        var tags26 = string.Join(", ", Enumerable.Range(1, 26).Select(i => $"\"t{i}\""));
        var tags25 = string.Join(", ", Enumerable.Range(1, 25).Select(i => $"\"t{i}\""));
        return AnalyzerHarness.VerifyAsync($$"""
            class C
            {
                void M()
                {
                    _ = new CreateUserRequest { Uid = "a", Name = "A", Tags = {|CCA1006:[{{tags26}}]|} };
                    _ = new CreateUserRequest { Uid = "a", Name = "A", Tags = {|CCA1006:new[] { {{tags26}} }|} };
                    _ = new CreateUserRequest { Uid = "a", Name = "A", Tags = [{{tags25}}] };
                    _ = new ListUsersOptions { Tags = {|CCA1006:new List<string> { {{tags26}} }|} };
                }
            }
            """);
    }

    [Fact]
    public Task Over_long_list_items_are_flagged() => AnalyzerHarness.VerifyAsync($$"""
        class C
        {
            void M() => _ = new CreateUserRequest { Uid = "a", Name = "A", Tags = ["ok", {|CCA1006:"{{new string('t', 101)}}"|}] };
        }
        """);
}
