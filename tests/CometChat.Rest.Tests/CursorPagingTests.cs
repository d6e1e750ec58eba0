using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Core;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>
/// CometChat's cursor paging (messages, reactions, AI agent lists): each response's <c>meta.next</c> names the
/// query values of the following page, and the client sends them back in place of the caller's.
/// </summary>
public sealed class CursorPagingTests
{
    private const string FirstPage = """
        {"data": ["a", "b"], "meta": {"current": {"limit": 2, "count": 2}, "next": {"affix": "append", "sentAt": 1700000000123, "id": "42"}}}
        """;

    private const string SecondPage = """
        {"data": ["c", "d"], "meta": {"previous": {"affix": "prepend", "sentAt": 1700000000200, "id": "43"}, "current": {"limit": 2, "count": 2}, "next": {"affix": "append", "sentAt": 1700000000300, "id": "44"}}}
        """;

    private const string LastPage = """
        {"data": ["e"], "meta": {"previous": {"affix": "prepend", "id": "45"}, "current": {"limit": 2, "count": 1}}}
        """;

    [Fact]
    public async Task Walking_sends_each_next_cursor_back_in_place_of_the_callers_values()
    {
        var handler = new RecordingHandler().EnqueueJson(FirstPage).EnqueueJson(SecondPage).EnqueueJson(LastPage);
        using var transport = Transport(handler);

        var items = await CursorWalker.WalkAsync(token => transport.SendCursorPageAsync(ListRequest, JsonConverters.String, token)).ToListAsync();

        Assert.Equal(["a", "b", "c", "d", "e"], items);
        Assert.Equal(
            [
                "users/u1/messages?limit=2&affix=prepend",
                "users/u1/messages?limit=2&affix=append&sentAt=1700000000123&id=42",
                "users/u1/messages?limit=2&affix=append&sentAt=1700000000300&id=44",
            ],
            handler.Requests.Select(r => r.Url[TestClient.BaseUrl.Length..]));
    }

    [Fact]
    public async Task A_page_reads_its_meta_and_fetches_the_next_page_itself()
    {
        var handler = new RecordingHandler().EnqueueJson(FirstPage).EnqueueJson(LastPage);
        using var transport = Transport(handler);

        var first = await transport.SendCursorPageAsync(ListRequest, JsonConverters.String, default);
        var last = await first.GetNextPageAsync();

        Assert.True(first.HasNextPage);
        Assert.Equal("append", first.Next!.Affix);
        Assert.Equal("1700000000123", first.Next.Parameters["sentAt"]);
        Assert.Equal(2, first.Meta!.Current!.Limit);
        Assert.Null(first.Meta.Previous);
        Assert.NotNull(last);
        Assert.Equal(["e"], last.Items);
        Assert.False(last.HasNextPage);
        Assert.Equal("45", last.Meta!.Previous!.Parameters["id"]);
        Assert.Null(await last.GetNextPageAsync());
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_cursor_named_differently_from_its_parameter_is_renamed()
    {
        var handler = new RecordingHandler()
            .EnqueueJson("""{"data": ["a"], "meta": {"next": {"affix": "append", "messageId": "m9"}}}""")
            .EnqueueJson("""{"data": [], "meta": {}}""");
        using var transport = Transport(handler);

        await CursorWalker.WalkAsync(token => transport.SendCursorPageAsync(
            cursor =>
            {
                var call = new CometChatRequest("Logs.List", HttpMethod.Get, "/notifications/v1/logs", "notifications/v1/logs");
                call.ApplyCursor(cursor, "messageId", "logId");
                return call;
            },
            JsonConverters.String,
            token)).ToListAsync();

        Assert.EndsWith("notifications/v1/logs?affix=append&logId=m9", handler.Requests[1].Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"data": [], "meta": {"next": {"affix": "append", "id": "1"}}}""")]
    [InlineData("""{"data": ["a"], "meta": {"next": {}}}""")]
    [InlineData("""{"data": ["a"]}""")]
    public async Task Walking_stops_on_an_empty_page_or_without_a_next_cursor(string page)
    {
        var handler = new RecordingHandler().EnqueueJson(page);
        using var transport = Transport(handler);

        await CursorWalker.WalkAsync(token => transport.SendCursorPageAsync(ListRequest, JsonConverters.String, token)).ToListAsync();

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_server_that_repeats_a_cursor_is_not_followed_forever()
    {
        const string stuck = """{"data": ["a"], "meta": {"next": {"affix": "append", "id": "7"}}}""";
        var handler = new RecordingHandler(_ => CannedResponse.Json(stuck));
        using var transport = Transport(handler);

        var items = await CursorWalker.WalkAsync(token => transport.SendCursorPageAsync(ListRequest, JsonConverters.String, token)).ToListAsync();

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(["a", "a"], items);
    }

    [Fact]
    public async Task A_response_without_data_is_a_clear_error()
    {
        var handler = new RecordingHandler().EnqueueJson("""{"meta": {}}""");
        using var transport = Transport(handler);

        var error = await Assert.ThrowsAsync<CometChatException>(() => transport.SendCursorPageAsync(ListRequest, JsonConverters.String, default));

        Assert.Contains("Messages.List", error.Message, StringComparison.Ordinal);
        Assert.Contains("'data'", error.Message, StringComparison.Ordinal);
    }

    private static CometChatRequest ListRequest(PageCursor? cursor)
    {
        var call = new CometChatRequest("Messages.List", HttpMethod.Get, "/users/{uid}/messages", "users/u1/messages");
        call.AddQuery("limit", 2L);
        call.AddQuery("affix", "prepend");
        call.ApplyCursor(cursor);
        return call;
    }

    private static CometChatTransport Transport(RecordingHandler handler) => new(TestClient.DefaultOptions(), new HttpClient(handler));
}
