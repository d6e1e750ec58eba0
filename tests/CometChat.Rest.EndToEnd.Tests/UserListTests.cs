using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Listing users: pages and their meta, the all-pages enumerator, and the filters.</summary>
public sealed class UserListTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public UserListTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    /// <summary>Creates <paramref name="count"/> users tagged <paramref name="tag"/>, in order (uid suffixes 00, 01, ...).</summary>
    private async Task<List<string>> CreateTaggedUsersAsync(string tag, int count)
    {
        var uids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var user = await Client.CreateUserAsync($"{tag}-{i:D2}", $"User {i:D2}", tag);
            uids.Add(user.Uid);
        }

        return uids;
    }

    [Fact]
    public async Task List_returns_pages_with_CometChat_pagination_meta()
    {
        var tag = TestData.NewTag();
        var uids = await CreateTaggedUsersAsync(tag, 23);

        var first = await Client.Users.ListAsync(new ListUsersOptions { Tags = [tag], PerPage = 5 });
        var second = await Client.Users.ListAsync(new ListUsersOptions { Tags = [tag], PerPage = 5, Page = 2 });
        var last = await Client.Users.ListAsync(new ListUsersOptions { Tags = [tag], PerPage = 5, Page = 5 });
        var beyond = await Client.Users.ListAsync(new ListUsersOptions { Tags = [tag], PerPage = 5, Page = 6 });

        Assert.Equal(uids.Take(5), first.Items.Select(u => u.Uid));
        Assert.NotNull(first.Pagination);
        Assert.Equal(23, first.Pagination.Total);
        Assert.Equal(5, first.Pagination.Count);
        Assert.Equal(5, first.Pagination.PerPage);
        Assert.Equal(1, first.Pagination.CurrentPage);
        Assert.Equal(5, first.Pagination.TotalPages);
        Assert.True(first.HasNextPage);

        Assert.Equal(uids.Skip(5).Take(5), second.Items.Select(u => u.Uid));
        Assert.Equal(2, second.Pagination!.CurrentPage);
        Assert.True(second.HasNextPage);

        Assert.Equal(uids.Skip(20), last.Items.Select(u => u.Uid));
        Assert.Equal(3, last.Pagination!.Count);
        Assert.Equal(5, last.Pagination.CurrentPage);
        Assert.False(last.HasNextPage);

        Assert.Empty(beyond.Items);
        Assert.Equal(23, beyond.Pagination!.Total);
        Assert.Equal(6, beyond.Pagination.CurrentPage);
        Assert.False(beyond.HasNextPage);
    }

    [Fact]
    public async Task ListAll_walks_every_page_in_order()
    {
        var tag = TestData.NewTag();
        var uids = await CreateTaggedUsersAsync(tag, 23);

        var listed = new List<string>();
        await foreach (var user in Client.Users.ListAllAsync(new ListUsersOptions { Tags = [tag], PerPage = 5 }))
        {
            listed.Add(user.Uid);
        }

        Assert.Equal(uids, listed);
    }

    [Fact]
    public async Task List_of_nothing_is_one_empty_page()
    {
        var page = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = TestData.NewUid("none") });

        Assert.Empty(page.Items);
        Assert.Equal(0, page.Pagination!.Total);
        Assert.Equal(0, page.Pagination.Count);
        Assert.Equal(100, page.Pagination.PerPage);
        Assert.Equal(1, page.Pagination.CurrentPage);
        Assert.Equal(1, page.Pagination.TotalPages);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task SearchKey_matches_a_prefix_of_the_uid_or_the_name()
    {
        var prefix = TestData.NewUid("search");
        var byUid = await Client.CreateUserAsync(prefix + "-x", "Zed");
        var other = await Client.CreateUserAsync(TestData.NewUid("other"), prefix.ToUpperInvariant() + " Name");
        await Client.CreateUserAsync(TestData.NewUid("middle"), "Has " + prefix + " inside");

        var both = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix });
        var uidOnly = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix, SearchIn = [UserSearchField.Uid] });
        var nameOnly = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix, SearchIn = [UserSearchField.Name] });

        Assert.Equal(new[] { byUid.Uid, other.Uid }.Order(), both.Items.Select(u => u.Uid).Order());
        Assert.Equal([byUid.Uid], uidOnly.Items.Select(u => u.Uid));
        Assert.Equal([other.Uid], nameOnly.Items.Select(u => u.Uid));
    }

    [Fact]
    public async Task Tags_filter_and_withTags_adds_tags_to_the_output()
    {
        var red = TestData.NewTag();
        var blue = TestData.NewTag();
        var a = await Client.CreateUserAsync(TestData.NewUid("a"), "A", red);
        var b = await Client.CreateUserAsync(TestData.NewUid("b"), "B", blue, "common");
        await Client.CreateUserAsync(TestData.NewUid("c"), "C", "common");

        var withoutTags = await Client.Users.ListAsync(new ListUsersOptions { Tags = [red] });
        var withTags = await Client.Users.ListAsync(new ListUsersOptions { Tags = [red, blue], WithTags = true });

        Assert.Equal([a.Uid], withoutTags.Items.Select(u => u.Uid));
        Assert.Null(withoutTags.Items[0].Tags);
        Assert.Equal(new[] { a.Uid, b.Uid }.Order(), withTags.Items.Select(u => u.Uid).Order());
        Assert.Equal([blue, "common"], withTags.Items.Single(u => u.Uid == b.Uid).Tags);
    }

    [Fact]
    public async Task Role_roles_and_status_filter()
    {
        var prefix = TestData.NewUid("roles");
        await Client.EnsureRoleAsync("admin");
        await Client.EnsureRoleAsync("moderator");
        var admin = await Client.Users.CreateAsync(new CreateUserRequest { Uid = prefix + "-1", Name = "Admin", Role = "admin" });
        var mod = await Client.Users.CreateAsync(new CreateUserRequest { Uid = prefix + "-2", Name = "Mod", Role = "moderator" });
        var plain = await Client.Users.CreateAsync(new CreateUserRequest { Uid = prefix + "-3", Name = "Plain" });

        var admins = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix, Role = "admin" });
        var either = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix, Roles = ["admin", "default"] });
        var offline = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix, Status = UserStatus.Offline });
        var online = await Client.Users.ListAsync(new ListUsersOptions { SearchKey = prefix, Status = UserStatus.Available });

        Assert.Equal([admin.Uid], admins.Items.Select(u => u.Uid));
        Assert.Equal([admin.Uid, plain.Uid], either.Items.Select(u => u.Uid));
        Assert.Equal([admin.Uid, mod.Uid, plain.Uid], offline.Items.Select(u => u.Uid));
        Assert.Empty(online.Items);
    }
}
