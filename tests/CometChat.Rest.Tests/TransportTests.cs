using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CometChat.Rest.Core;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>CometChatTransport and CometChatRequest: ownership of the HttpClient, large bodies, hosts and query building.</summary>
public sealed class TransportTests
{
    private static string UserPage(int count, int padding = 0)
    {
        var users = Enumerable.Range(1, count).Select(i =>
            $$$$"""{"uid":"user-{{{{i:D4}}}}","name":"User number {{{{i}}}}","avatar":"https://assets.example.com/avatars/{{{{i}}}}.png","status":"offline","role":"default","createdAt":{{{{1_600_000_000 + i}}}},"metadata":{"index":{{{{i}}}}}}""");
        return $$$$"""{"data":[{{{{string.Join(",", users)}}}}],"meta":{"pagination":{"total":{{{{count}}}},"count":{{{{count}}}},"per_page":{{{{count}}}},"current_page":1,"total_pages":1}}}{{{{new string(' ', padding)}}}}""";
    }

    [Fact]
    public async Task Given_HttpClient_is_not_disposed_with_the_client()
    {
        var handler = new RecordingHandler(_ => CannedResponse.Json(SpecExamples.GetUser));
        using var httpClient = new HttpClient(handler);

        var client = new CometChatClient(TestClient.DefaultOptions(), httpClient);
        await client.Users.GetAsync("alice");
        client.Dispose();
        client.Dispose();

        Assert.False(handler.Disposed);
        using var response = await httpClient.GetAsync(new Uri("https://example.com/still-usable"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public void Client_with_its_own_HttpClient_can_be_disposed()
    {
        var client = new CometChatClient(TestClient.DefaultOptions());

        client.Dispose();
        client.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Body_larger_than_16_KB_is_read_whole(bool chunked)
    {
        var json = UserPage(200);
        Assert.True(Encoding.UTF8.GetByteCount(json) > 2 * 16 * 1024);
        var handler = new RecordingHandler().Enqueue(new CannedResponse(HttpStatusCode.OK, json) { Chunked = chunked });
        using var client = TestClient.Create(handler);

        var page = await client.Users.ListAsync(new ListUsersOptions { PerPage = 200 });

        Assert.Equal(200, page.Items.Count);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"user-{i:D4}"), page.Items.Select(u => u.Uid));
        Assert.Equal(200, (int)page.Items[199].Metadata!["index"]!);
        Assert.Equal(200, page.Pagination!.Total);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Chunked_body_around_the_16_KB_buffer_size_is_read_whole(int delta)
    {
        var core = UserPage(20);
        var target = (16 * 1024) + delta;
        var padding = target - Encoding.UTF8.GetByteCount(core);
        Assert.True(padding >= 0);
        var json = UserPage(20, padding);
        Assert.Equal(target, Encoding.UTF8.GetByteCount(json));

        var handler = new RecordingHandler().Enqueue(new CannedResponse(HttpStatusCode.OK, json) { Chunked = true });
        using var client = TestClient.Create(handler);

        var page = await client.Users.ListAsync();

        Assert.Equal(20, page.Items.Count);
    }

    [Fact]
    public async Task Large_error_body_is_read_and_quoted()
    {
        var message = new string('m', 40_000);
        var handler = new RecordingHandler().Enqueue(
            new CannedResponse(HttpStatusCode.BadRequest, $$$$"""{"error":{"code":"ERR_BAD_REQUEST","message":"{{{{message}}}}"}}""") { Chunked = true });
        using var client = TestClient.Create(handler);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal("ERR_BAD_REQUEST", ex.ErrorCode);
        Assert.EndsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_calls_share_the_client()
    {
        var handler = new RecordingHandler(request =>
        {
            var uid = request.Uri.Segments[^1];
            return CannedResponse.Json($$$$"""{"data":{"uid":"{{{{uid}}}}","name":"{{{{uid}}}}"}}""");
        });
        using var client = TestClient.Create(handler);

        var users = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => client.Users.GetAsync($"u{i}")));

        Assert.Equal(Enumerable.Range(0, 32).Select(i => $"u{i}"), users.Select(u => u.Uid));
        Assert.Equal(32, handler.Requests.Count);
    }

    [Fact]
    public async Task Calls_host_requests_go_to_the_calls_base_address()
    {
        var handler = new RecordingHandler().EnqueueJson("""{"data":{"success":true}}""");
        using var transport = new CometChatTransport(TestClient.DefaultOptions(), new HttpClient(handler));

        var result = await transport.SendAsync(
            new CometChatRequest("Calls.Get", HttpMethod.Get, "/calls/{sessionId}", "calls/s1", CometChatHost.Calls),
            DeleteResultJsonConverter.Instance,
            default);

        Assert.True(result.Success);
        Assert.Equal("https://app1.call-eu.cometchat.io/v3/calls/s1", handler.SingleRequest.Url);
        WireAssert.StandardHeaders(handler.SingleRequest);
    }

    [Fact]
    public async Task SendBodyAsync_reads_a_body_without_an_envelope()
    {
        var handler = new RecordingHandler().EnqueueJson("""{"success":true,"message":"raw"}""").EnqueueJson("null");
        using var transport = new CometChatTransport(TestClient.DefaultOptions(), new HttpClient(handler));
        var request = new CometChatRequest("Raw.Get", HttpMethod.Get, "/raw", "raw");

        var result = await transport.SendBodyAsync(request, DeleteResultJsonConverter.Instance, default);

        Assert.Equal("raw", result.Message);
        var ex = await Assert.ThrowsAsync<CometChatException>(() => transport.SendBodyAsync(request, DeleteResultJsonConverter.Instance, default));
        Assert.Contains("Raw.Get (GET /raw) returned a response the client could not read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_without_a_result_ignores_the_body_but_not_errors()
    {
        var handler = new RecordingHandler()
            .Enqueue(new CannedResponse(HttpStatusCode.NoContent, null))
            .EnqueueJson("""{"error":{"code":"ERR_X","message":"no"}}""", HttpStatusCode.Conflict);
        using var transport = new CometChatTransport(TestClient.DefaultOptions(), new HttpClient(handler));
        var request = new CometChatRequest("Thing.Delete", HttpMethod.Delete, "/thing", "thing");

        await transport.SendAsync(request, default);
        var ex = await Assert.ThrowsAsync<CometChatException>(() => transport.SendAsync(request, default));

        Assert.Equal(409, ex.Status);
        Assert.Equal("ERR_X", ex.ErrorCode);
    }

    [Fact]
    public void Transport_checks_its_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new CometChatTransport(null!));
        Assert.Throws<ArgumentNullException>(() => new CometChatClient((CometChatTransport)null!));
        Assert.Throws<ArgumentNullException>(() => new UsersClient(null!));
    }

    [Fact]
    public void Request_adds_typed_query_values_in_invariant_culture()
    {
        var request = new CometChatRequest("X.List", HttpMethod.Get, "/x", "x");
        request.AddQuery("s", "a b&c=d/é");
        request.AddQuery("none", (string?)null);
        request.AddQuery("b", (bool?)true);
        request.AddQuery("nb", (bool?)null);
        request.AddQuery("l", (long?)-42);
        request.AddQuery("d", (double?)1.5);
        request.AddQuery("t", (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        request.AddQuery("list", new List<int> { 1, 2, 3 });
        request.AddQuery("flags", new List<bool> { true, false });
        request.AddQuery("exploded", new List<string> { "a", "b c" }, explode: true);
        request.AddQuery("enums", new[] { UserSearchField.Name, UserSearchField.Uid });
        request.AddQuery("empty", Array.Empty<string>());
        request.AddQuery("nulllist", (string[]?)null);

        Assert.Equal(
            "s=a%20b%26c%3Dd%2F%C3%A9&b=true&l=-42&d=1.5&t=1700000000&list=1,2,3&flags=true,false&exploded=a&exploded=b%20c&enums=name,uid",
            request.Query);
    }

    [Fact]
    public void Request_without_query_or_body_builds_a_bare_message()
    {
        var request = new CometChatRequest("Users.Get", HttpMethod.Get, "/users/{uid}", "users/" + CometChatRequest.Escape("alice"));
        request.AddHeader("onBehalfOf", null);

        using var message = request.ToHttpRequestMessage(new Uri(TestClient.BaseUrl));

        Assert.Equal(TestClient.BaseUrl + "users/alice", message.RequestUri!.AbsoluteUri);
        Assert.Null(message.Content);
        Assert.Empty(message.Headers);
        Assert.Equal(string.Empty, request.Query);
        Assert.Null(request.Body);
        Assert.Equal("Users.Get", request.Operation);
        Assert.Equal("/users/{uid}", request.PathTemplate);
        Assert.Equal(CometChatHost.Chat, request.Host);
    }

    [Fact]
    public void Request_body_is_utf8_json()
    {
        var request = new CometChatRequest("ApiKeys.Create", HttpMethod.Post, "/apikeys", "apikeys");
        request.SetBody(new CreateApiKeyRequest { Name = "Clé d'accès", Scope = ApiKeyScope.FullAccess }, CreateApiKeyRequestJsonConverter.Instance);

        using var message = request.ToHttpRequestMessage(new Uri(TestClient.BaseUrl));

        Assert.Equal("application/json", message.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", message.Content.Headers.ContentType.CharSet);
        JsonAssert.Equal("""{"name":"Clé d'accès","scope":"fullAccess"}""", Encoding.UTF8.GetString(request.Body!.Value.Span));
    }

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("a b", "a%20b")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a?b#c", "a%3Fb%23c")]
    [InlineData("...", "...")]
    [InlineData(".a", ".a")]
    public void Escape_escapes_one_segment(string value, string expected)
    {
        Assert.Equal(expected, CometChatRequest.Escape(value));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void Escape_rejects_dot_segments(string value)
    {
        Assert.Throws<ArgumentException>(() => CometChatRequest.Escape(value));
    }

    [Fact]
    public void Escape_formats_numbers_invariantly()
    {
        Assert.Equal("42", CometChatRequest.Escape(42));
        Assert.Equal("1.5", CometChatRequest.Escape(1.5));
    }
}
