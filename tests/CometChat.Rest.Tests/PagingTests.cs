using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CometChat.Rest.Core;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>Page&lt;T&gt;.HasNextPage, ListAsync and ListAllAsync over several pages.</summary>
public sealed class PagingTests
{
    private static Page<int> PageOf(int count, Pagination? pagination) => new(Enumerable.Range(1, count).ToList(), pagination);

    [Theory]
    [InlineData(1, 3, true)]
    [InlineData(2, 3, true)]
    [InlineData(3, 3, false)]
    [InlineData(4, 3, false)]
    public void HasNextPage_trusts_total_pages(int currentPage, int totalPages, bool expected)
    {
        var page = PageOf(2, new Pagination { Total = 6, Count = 2, PerPage = 2, CurrentPage = currentPage, TotalPages = totalPages });

        Assert.Equal(expected, page.HasNextPage);
    }

    [Fact]
    public void HasNextPage_ignores_a_total_of_zero_on_a_full_page()
    {
        // CometChat sometimes reports total 0 while total_pages is right.
        var page = PageOf(100, new Pagination { Total = 0, Count = 100, PerPage = 100, CurrentPage = 1, TotalPages = 2 });

        Assert.True(page.HasNextPage);
    }

    [Fact]
    public void HasNextPage_without_total_pages_uses_whether_the_page_is_full()
    {
        Assert.True(PageOf(100, new Pagination { Total = 0, Count = 100, PerPage = 100, CurrentPage = 1 }).HasNextPage);
        Assert.False(PageOf(99, new Pagination { Total = 0, Count = 99, PerPage = 100, CurrentPage = 1 }).HasNextPage);
        Assert.False(PageOf(100, new Pagination { Total = 0, Count = 100, PerPage = 0, CurrentPage = 1 }).HasNextPage);
    }

    [Fact]
    public void HasNextPage_is_false_without_pagination_or_items()
    {
        Assert.False(PageOf(100, null).HasNextPage);
        Assert.False(PageOf(0, new Pagination { CurrentPage = 1, TotalPages = 5, PerPage = 100 }).HasNextPage);
    }

    [Fact]
    public async Task ListAsync_reads_pagination_with_string_numbers_and_ignores_other_meta()
    {
        using var client = TestClient.Create(
            """
            {
              "data": [{ "uid": "a", "name": "A" }],
              "meta": {
                "pagination": { "total": "0", "count": "1", "per_page": "1", "current_page": "2", "total_pages": null, "extra": {"x": 1} },
                "cursor": { "affix": "append" }
              },
              "other": [1, 2]
            }
            """,
            out _);

        var page = await client.Users.ListAsync();

        Assert.Equal("a", Assert.Single(page.Items).Uid);
        Assert.Equal(0, page.Pagination!.Total);
        Assert.Equal(1, page.Pagination.Count);
        Assert.Equal(1, page.Pagination.PerPage);
        Assert.Equal(2, page.Pagination.CurrentPage);
        Assert.Equal(0, page.Pagination.TotalPages);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task ListAsync_without_meta_has_no_pagination()
    {
        using var client = TestClient.Create("""{"data":[{"uid":"a","name":"A"}]}""", out _);

        var page = await client.Users.ListAsync();

        Assert.Single(page.Items);
        Assert.Null(page.Pagination);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task ListAsync_returns_one_page_even_when_more_follow()
    {
        var handler = new ThreePageServer();
        using var client = TestClient.Create(handler.Handler);

        var page = await client.Users.ListAsync(new ListUsersOptions { PerPage = 2, Page = 2 });

        Assert.Equal(["u3", "u4"], page.Items.Select(u => u.Uid));
        Assert.Equal(["2"], handler.Handler.Requests.Select(r => r.Query("page")));
        Assert.Equal(5, page.Pagination!.Total);
        Assert.Equal(2, page.Pagination.Count);
        Assert.Equal(2, page.Pagination.PerPage);
        Assert.Equal(2, page.Pagination.CurrentPage);
        Assert.Equal(3, page.Pagination.TotalPages);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task ListAllAsync_walks_every_page_in_order_and_stops_after_the_last()
    {
        var server = new ThreePageServer();
        using var client = TestClient.Create(server.Handler);

        var uids = new List<string>();
        await foreach (var user in client.Users.ListAllAsync(new ListUsersOptions { PerPage = 2, SearchKey = "u" }))
        {
            uids.Add(user.Uid);
        }

        Assert.Equal(["u1", "u2", "u3", "u4", "u5"], uids);
        Assert.Equal(
            [
                TestClient.BaseUrl + "users?searchKey=u&perPage=2&page=1",
                TestClient.BaseUrl + "users?searchKey=u&perPage=2&page=2",
                TestClient.BaseUrl + "users?searchKey=u&perPage=2&page=3",
            ],
            server.Handler.Requests.Select(r => r.Url));
    }

    [Fact]
    public async Task ListAllAsync_starts_at_options_Page()
    {
        var server = new ThreePageServer();
        using var client = TestClient.Create(server.Handler);

        var uids = new List<string>();
        await foreach (var user in client.Users.ListAllAsync(new ListUsersOptions { Page = 2 }))
        {
            uids.Add(user.Uid);
        }

        Assert.Equal(["u3", "u4", "u5"], uids);
        Assert.Equal(["2", "3"], server.Handler.Requests.Select(r => r.Query("page")));
    }

    [Fact]
    public async Task ListAllAsync_fetches_pages_lazily()
    {
        var server = new ThreePageServer();
        using var client = TestClient.Create(server.Handler);

        var items = client.Users.ListAllAsync();
        Assert.Empty(server.Handler.Requests);

        await using var enumerator = items.GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Single(server.Handler.Requests);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal("u3", enumerator.Current.Uid);
        Assert.Equal(2, server.Handler.Requests.Count);
    }

    [Fact]
    public async Task ListAllAsync_stops_when_cancelled_between_pages()
    {
        var server = new ThreePageServer();
        using var client = TestClient.Create(server.Handler);
        using var cts = new CancellationTokenSource();

        var uids = new List<string>();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var user in client.Users.ListAllAsync(cancellationToken: cts.Token))
            {
                uids.Add(user.Uid);
                if (uids.Count == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.Equal(["u1", "u2"], uids);
        Assert.Single(server.Handler.Requests);
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task ListAllAsync_honours_the_WithCancellation_token()
    {
        var server = new ThreePageServer();
        using var client = TestClient.Create(server.Handler);
        using var cts = new CancellationTokenSource();

        var uids = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var user in client.Users.ListAllAsync().WithCancellation(cts.Token))
            {
                uids.Add(user.Uid);
                await cts.CancelAsync();
            }
        });

        Assert.Equal(["u1", "u2"], uids);
        Assert.Single(server.Handler.Requests);
    }

    [Fact]
    public async Task ListAllAsync_surfaces_an_error_on_a_later_page()
    {
        var handler = new RecordingHandler()
            .EnqueueJson("""{"data":[{"uid":"a","name":"A"}],"meta":{"pagination":{"total":2,"count":1,"per_page":1,"current_page":1,"total_pages":2}}}""")
            .EnqueueJson("""{"error":{"code":"ERR_TOO_MANY_REQUESTS","message":"Slow down."}}""", System.Net.HttpStatusCode.TooManyRequests);
        using var client = TestClient.Create(handler);

        var uids = new List<string>();
        var ex = await Assert.ThrowsAsync<CometChatException>(async () =>
        {
            await foreach (var user in client.Users.ListAllAsync())
            {
                uids.Add(user.Uid);
            }
        });

        Assert.Equal(["a"], uids);
        Assert.Equal(429, ex.Status);
        Assert.Equal("Users.List", ex.Operation);
    }

    [Fact]
    public async Task ListAllAsync_walks_auth_tokens_and_api_keys_too()
    {
        var handler = new RecordingHandler(request => CannedResponse.Json(
            request.Uri.AbsolutePath.EndsWith("/auth_tokens", StringComparison.Ordinal)
                ? SpecExamples.ListAuthTokens
                : SpecExamples.ListApiKeys));
        using var client = TestClient.Create(handler);

        var tokens = new List<AuthToken>();
        await foreach (var token in client.AuthTokens.ListAllAsync("cometchat-uid-1", new ListAuthTokensOptions { PerPage = 100 }))
        {
            tokens.Add(token);
        }

        var keys = new List<ApiKey>();
        await foreach (var key in client.ApiKeys.ListAllAsync(new ListApiKeysOptions { Scope = ApiKeyScope.AuthOnly }))
        {
            keys.Add(key);
        }

        Assert.Single(tokens);
        Assert.Equal(3, keys.Count);
        Assert.Equal(
            [
                TestClient.BaseUrl + "users/cometchat-uid-1/auth_tokens?perPage=100&page=1",
                TestClient.BaseUrl + "apikeys?scope=authOnly&page=1",
            ],
            handler.Requests.Select(r => r.Url));
    }

    [Fact]
    public async Task PageWalker_follows_a_server_that_skips_ahead_and_never_goes_back()
    {
        var requested = new List<int>();
        var pages = new Dictionary<int, Page<int>>
        {
            [1] = new([1], new Pagination { CurrentPage = 1, TotalPages = 9, PerPage = 1 }),
            [2] = new([2], new Pagination { CurrentPage = 5, TotalPages = 9, PerPage = 1 }),
            [6] = new([6], new Pagination { CurrentPage = 0, TotalPages = 0, PerPage = 1 }),
            [7] = new([7], new Pagination { CurrentPage = 1, TotalPages = 9, PerPage = 1 }),
            [8] = new([], new Pagination { CurrentPage = 8, TotalPages = 9, PerPage = 1 }),
        };

        var items = new List<int>();
        await foreach (var item in PageWalker.WalkAsync(0, (n, _) =>
        {
            requested.Add(n);
            return Task.FromResult(pages[n]);
        }))
        {
            items.Add(item);
        }

        Assert.Equal([1, 2, 6, 7], items);
        Assert.Equal([1, 2, 6, 7, 8], requested);
    }

    /// <summary>Serves users u1..u5 two per page (three pages), honouring the page query.</summary>
    private sealed class ThreePageServer
    {
        public ThreePageServer()
        {
            Handler = new RecordingHandler(request =>
            {
                var page = int.Parse(request.Query("page") ?? "1", CultureInfo.InvariantCulture);
                var uids = Enumerable.Range(1, 5).Skip((page - 1) * 2).Take(2).Select(i => $"{{\"uid\":\"u{i}\",\"name\":\"User {i}\"}}").ToList();
                return CannedResponse.Json(
                    $$$$"""{"data":[{{{{string.Join(",", uids)}}}}],"meta":{"pagination":{"total":5,"count":{{{{uids.Count}}}},"per_page":2,"current_page":{{{{page}}}},"total_pages":3}}}""");
            });
        }

        public RecordingHandler Handler { get; }
    }
}
