using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Tests.Infrastructure;
using CometChat.Rest.Tests.Shapes.Models;
using ShapesClient = CometChat.Rest.Tests.Shapes.CometChatClient;

namespace CometChat.Rest.Tests;

/// <summary>
/// The wire format of the shapes beyond the JSON envelope, through a client generated from
/// <c>Shapes/shapes.openapi.json</c>: bare arrays and objects, no-content responses, multipart uploads and
/// validation of nested request objects.
/// </summary>
public sealed class ShapesWireFormatTests : IDisposable
{
    private static readonly JsonSerializerOptions s_jsonOptions = new() { TypeInfoResolver = CometChat.Rest.Tests.Shapes.Serialization.CometChatJsonTypeInfoResolver.Instance };

    private readonly RecordingHandler _handler = new();
    private readonly ShapesClient _client;

    public ShapesWireFormatTests()
    {
        _client = new ShapesClient(TestClient.DefaultOptions(), new HttpClient(_handler));
    }

    private readonly List<ShapesClient> _retryingClients = [];

    public void Dispose()
    {
        _retryingClients.ForEach(c => c.Dispose());
        _client.Dispose();
        _handler.Dispose();
    }

    [Fact]
    public async Task A_bare_array_response_is_read_as_the_list()
    {
        _handler.EnqueueJson("""[ { "id": "a1", "name": "One" }, { "id": "a2", "extra": true } ]""");

        var agents = await _client.Shapes.ListAgentsAsync();

        Assert.Equal(["a1", "a2"], agents.Select(a => a.Id));
        Assert.Equal("One", agents[0].Name);
        Assert.True(agents[1].AdditionalProperties!["extra"].GetBoolean());
        Assert.Equal(TestClient.Url("agents"), _handler.SingleRequest.Uri);
    }

    [Fact]
    public async Task A_bare_object_response_is_read_as_the_model()
    {
        _handler.EnqueueJson("""{ "id": "a1", "name": "One" }""");

        var agent = await _client.Shapes.CreateAgentAsync(new CreateAgentRequest { Name = "One", Owner = new Owner { Uid = "alice" } });

        Assert.Equal("a1", agent.Id);
        var request = _handler.SingleRequest;
        Assert.Equal(HttpMethod.Post, request.Method);
        JsonAssert.Equal("""{ "name": "One", "owner": { "uid": "alice" } }""", request.BodyText!);
    }

    [Fact]
    public async Task A_bare_response_that_is_not_json_fails_with_a_readable_error()
    {
        _handler.Enqueue(new CannedResponse(HttpStatusCode.OK, "<html>", "text/html"));

        var ex = await Assert.ThrowsAsync<CometChatException>(() => _client.Shapes.ListAgentsAsync());

        Assert.Contains("Shapes.ListAgents", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_204_completes_without_reading_a_body()
    {
        _handler.Enqueue(new CannedResponse(HttpStatusCode.NoContent, null));

        await _client.Shapes.DeleteAgentAsync("a 1");

        var request = _handler.SingleRequest;
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal(TestClient.BaseUrl + "agents/a%201", request.Url);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("""{ "data": { "ignored": true } }""")]
    public async Task A_200_without_declared_content_ignores_whatever_body_comes(string? body)
    {
        _handler.Enqueue(new CannedResponse(HttpStatusCode.OK, body));

        await _client.Shapes.TouchAgentAsync("a1");

        Assert.Equal(HttpMethod.Put, _handler.SingleRequest.Method);
    }

    [Fact]
    public async Task A_no_content_operation_still_reports_errors()
    {
        _handler.EnqueueJson("""{ "error": { "code": "ERR_AGENT_NOT_FOUND", "message": "No such agent." } }""", HttpStatusCode.NotFound);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => _client.Shapes.DeleteAgentAsync("a1"));

        Assert.Equal(404, ex.Status);
        Assert.Equal("ERR_AGENT_NOT_FOUND", ex.ErrorCode);
    }

    [Fact]
    public async Task A_multipart_upload_sends_one_part_per_value_and_files_with_names_and_types()
    {
        _handler.EnqueueJson("""{ "data": { "url": "https://cdn.example/m1.png", "kind": "image" } }""");
        using var thumbnail = new MemoryStream([9, 8, 7]);
        thumbnail.Position = 1;

        var media = await _client.Shapes.UploadMediaAsync(new UploadMediaRequest
        {
            File = new CometChatFile(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF }, "photo.png", "image/png"),
            Thumbnails = [new CometChatFile(thumbnail, "small.jpg", "image/jpeg"), new CometChatFile(Encoding.UTF8.GetBytes("x"), "é.txt")],
            Caption = "Beach, ☀",
            Kind = MediaKind.Image,
            Width = 1024,
            Private = false,
            Tags = ["a", "b"],
            Metadata = new JsonObject { ["source"] = "camera" },
        });

        Assert.Equal("https://cdn.example/m1.png", media.Url);
        var request = _handler.SingleRequest;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(TestClient.Url("media"), request.Uri);
        Assert.StartsWith("multipart/form-data; boundary=", request.Headers["Content-Type"], StringComparison.Ordinal);

        var parts = Multipart.Parse(request);
        Assert.Equal(["file", "thumbnails", "thumbnails", "caption", "kind", "width", "private", "tags", "tags", "metadata"], parts.Select(p => p.Name));

        var file = parts[0];
        Assert.Equal("photo.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF }, file.Body);

        // A stream is sent from where it stood when the file was made.
        Assert.Equal(("small.jpg", "image/jpeg"), (parts[1].FileName, parts[1].ContentType));
        Assert.Equal(new byte[] { 8, 7 }, parts[1].Body);
        Assert.Equal(("é.txt", CometChatFile.DefaultContentType), (parts[2].FileName, parts[2].ContentType));

        Assert.Equal("Beach, ☀", parts[3].Text);
        Assert.Null(parts[3].ContentType);
        Assert.Equal(["image", "1024", "false", "a", "b"], parts.Skip(4).Take(5).Select(p => p.Text));
        Assert.Equal("application/json; charset=utf-8", parts[9].ContentType);
        JsonAssert.Equal("""{ "source": "camera" }""", parts[9].Text);

        Assert.True(thumbnail.CanRead, "The caller's stream must stay open.");
    }

    [Fact]
    public async Task A_multipart_upload_leaves_out_values_that_are_not_set()
    {
        _handler.EnqueueJson("""{ "data": { "url": "u" } }""");

        await _client.Shapes.UploadMediaAsync(new UploadMediaRequest { File = new CometChatFile(new byte[] { 1 }, "a.bin"), Kind = MediaKind.Video });

        var parts = Multipart.Parse(_handler.SingleRequest);
        Assert.Equal(["file", "kind"], parts.Select(p => p.Name));
        Assert.Equal("video", parts[1].Text);
    }

    [Fact]
    public async Task A_multipart_upload_sends_members_the_model_does_not_declare()
    {
        _handler.EnqueueJson("""{ "data": { "url": "u" } }""");
        using var extra = JsonDocument.Parse("""{ "album": "Summer", "count": 3, "flags": [1, 2], "gone": null }""");

        await _client.Shapes.UploadMediaAsync(new UploadMediaRequest
        {
            File = new CometChatFile(new byte[] { 1 }, "a.bin"),
            Kind = MediaKind.Image,
            AdditionalProperties = extra.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        });

        var parts = Multipart.Parse(_handler.SingleRequest);
        Assert.Equal(["file", "kind", "album", "count", "flags"], parts.Select(p => p.Name));
        Assert.Equal(["Summer", "3", "[1, 2]"], parts.Skip(2).Select(p => p.Text));
    }

    [Fact]
    public void A_file_cannot_be_written_as_json_and_says_why()
    {
        var request = new UploadMediaRequest { File = new CometChatFile(new byte[] { 1 }, "a.bin"), Kind = MediaKind.Image };

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(request, s_jsonOptions));

        Assert.Contains("'a.bin'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("multipart/form-data", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_upload_is_validated_before_sending()
    {
        var request = new UploadMediaRequest { File = new CometChatFile(new byte[] { 1 }, "a.bin"), Kind = MediaKind.Image, Caption = new string('c', 51) };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Shapes.UploadMediaAsync(request));

        Assert.Equal("request.Caption", ex.ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.Shapes.UploadMediaAsync(null!))).ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_seekable_stream_is_sent_whole_again_when_CometChat_asks_to_retry()
    {
        var client = RetryingClient();
        _handler.Enqueue(new CannedResponse(HttpStatusCode.TooManyRequests, null).WithHeader("Retry-After", "0"));
        _handler.EnqueueJson("""{ "data": { "url": "u" } }""");
        using var stream = new MemoryStream([1, 2, 3]);

        await client.Shapes.UploadMediaAsync(new UploadMediaRequest { File = new CometChatFile(stream, "a.bin"), Kind = MediaKind.Image });

        Assert.Equal(2, _handler.Requests.Count);
        Assert.All(_handler.Requests, r => Assert.Equal(new byte[] { 1, 2, 3 }, Multipart.Parse(r)[0].Body));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_not_retried_so_CometChats_answer_stands()
    {
        var client = RetryingClient();
        _handler.Enqueue(new CannedResponse(HttpStatusCode.TooManyRequests, """{ "error": { "code": "ERR_TOO_MANY_REQUESTS", "message": "Slow down." } }""").WithHeader("Retry-After", "0"));
        using var stream = new ForwardOnlyStream([1, 2, 3]);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Shapes.UploadMediaAsync(new UploadMediaRequest { File = new CometChatFile(stream, "a.bin"), Kind = MediaKind.Image }));

        Assert.Equal(429, ex.Status);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Nested_request_objects_are_validated_and_named_by_their_path()
    {
        var request = new CreateAgentRequest
        {
            Name = "Agent",
            Owner = new Owner { Uid = "alice" },
            Tools = [new Tool { Name = "ok" }, new Tool { Settings = new ToolSettings { Url = "https://short" } }, new Tool { Settings = new ToolSettings { Url = new string('u', 21) } }],
        };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _client.Shapes.CreateAgentAsync(request));
        Assert.Equal("request.Tools[2].Settings.Url", ex.ParamName);

        request.Tools = null;
        request.Owner = new Owner { Uid = "bad uid" };
        Assert.Equal("request.Owner.Uid", (await Assert.ThrowsAsync<ArgumentException>(() => _client.Shapes.CreateAgentAsync(request))).ParamName);

        request.Owner = new Owner { Uid = "alice" };
        request.Labels = new Dictionary<string, Label> { ["fine"] = new() { Text = "ok" }, ["long"] = new() { Text = "too long" } };
        Assert.Equal("request.Labels[\"long\"].Text", (await Assert.ThrowsAsync<ArgumentException>(() => _client.Shapes.CreateAgentAsync(request))).ParamName);

        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public void A_file_checks_its_arguments()
    {
        Assert.Equal("content", Assert.Throws<ArgumentNullException>(() => new CometChatFile((Stream)null!, "a")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => new CometChatFile(new byte[1], null!)).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentException>(() => new CometChatFile(new byte[1], "")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentException>(() => new CometChatFile(new byte[1], "a\r\nX-Evil: 1")).ParamName);
        Assert.Equal("contentType", Assert.Throws<ArgumentException>(() => new CometChatFile(new byte[1], "a", "not a type")).ParamName);

        using var closed = new MemoryStream();
        closed.Dispose();
        Assert.Equal("content", Assert.Throws<ArgumentException>(() => new CometChatFile(closed, "a")).ParamName);

        using var stream = new MemoryStream(new byte[10]) { Position = 4 };
        Assert.Equal(6, new CometChatFile(stream, "a").Length);
        Assert.Null(new CometChatFile(new ForwardOnlyStream([1]), "a").Length);
    }

    private ShapesClient RetryingClient()
    {
        var options = TestClient.DefaultOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.BaseDelay = TimeSpan.Zero;
        var client = new ShapesClient(options, new HttpClient(_handler, disposeHandler: false));
        _retryingClients.Add(client);
        return client;
    }

    /// <summary>A readable stream that cannot seek, like a network stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
