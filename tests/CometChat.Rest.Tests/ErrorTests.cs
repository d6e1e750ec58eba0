using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CometChat.Rest.Core;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>How failed calls surface: CometChatException for everything CometChat or the network did, cancellation as itself.</summary>
public sealed class ErrorTests
{
    private static CometChatClient ClientAnswering(CannedResponse response, out RecordingHandler handler)
    {
        handler = new RecordingHandler().Enqueue(response);
        return TestClient.Create(handler);
    }

    [Fact]
    public async Task CometChat_error_body_gives_status_code_message_and_operation()
    {
        using var client = ClientAnswering(
            CannedResponse.Json("""{"error":{"code":"ERR_UID_NOT_FOUND","message":"The UID nobody does not exist, please make sure you have created a user with UID nobody."}}""", HttpStatusCode.NotFound),
            out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("nobody"));

        Assert.Equal(404, ex.Status);
        Assert.Equal("ERR_UID_NOT_FOUND", ex.ErrorCode);
        Assert.Equal(CometChatErrorCodes.UidNotFound, ex.ErrorCode);
        Assert.Equal("Users.Get", ex.Operation);
        Assert.Contains("Users.Get", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ERR_UID_NOT_FOUND", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GET /users/{uid}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", ex.Message, StringComparison.Ordinal);
        Assert.Contains("The UID nobody does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.Details);
        Assert.Empty(ex.FieldErrors);
        Assert.Null(ex.RetryAfter);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public async Task Error_message_does_not_contain_the_path_values()
    {
        using var client = ClientAnswering(
            CannedResponse.Json("""{"error":{"code":"ERR_AUTH_TOKEN_NOT_FOUND","message":"not found"}}""", HttpStatusCode.NotFound),
            out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.AuthTokens.DeleteAsync("alice", "secret-token-value"));

        Assert.Equal("AuthTokens.Delete", ex.Operation);
        Assert.Contains("DELETE /users/{uid}/auth_tokens/{authToken}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_without_a_message_says_so()
    {
        using var client = ClientAnswering(
            CannedResponse.Json("""{"error":{"code":"AUTH_ERR_APIKEY_NOT_FOUND"}}""", HttpStatusCode.Unauthorized),
            out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.ApiKeys.ListAsync());

        Assert.Equal(401, ex.Status);
        Assert.Equal(CometChatErrorCodes.AuthApiKeyNotFound, ex.ErrorCode);
        Assert.Equal("ApiKeys.List (GET /apikeys) failed with AUTH_ERR_APIKEY_NOT_FOUND (HTTP 401): no message", ex.Message);
    }

    [Fact]
    public async Task Validation_error_details_become_field_errors()
    {
        using var client = ClientAnswering(
            CannedResponse.Json(
                """
                {
                  "error": {
                    "code": "ERR_BAD_REQUEST",
                    "message": "Failed to validate the data sent with the request.",
                    "details": {
                      "name": ["The name field is required.", "The name may not be greater than 100 characters."],
                      "uid": "The uid has already been taken.",
                      "ignored": 42
                    }
                  }
                }
                """,
                HttpStatusCode.BadRequest),
            out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.CreateAsync(new() { Uid = "alice", Name = "Alice" }));

        Assert.Equal(400, ex.Status);
        Assert.Equal("ERR_BAD_REQUEST", ex.ErrorCode);
        Assert.Equal("Users.Create", ex.Operation);
        Assert.NotNull(ex.Details);
        Assert.Equal(JsonValueKind.Object, ex.Details.Value.ValueKind);
        Assert.Equal(2, ex.FieldErrors.Count);
        Assert.Equal(["The name field is required.", "The name may not be greater than 100 characters."], ex.FieldErrors["name"]);
        Assert.Equal(["The uid has already been taken."], ex.FieldErrors["uid"]);
        Assert.False(ex.FieldErrors.ContainsKey("ignored"));
    }

    [Fact]
    public async Task Details_that_are_not_an_object_give_no_field_errors()
    {
        using var client = ClientAnswering(
            CannedResponse.Json("""{"error":{"code":"ERR_X","message":"m","details":["a","b"]}}""", HttpStatusCode.BadRequest),
            out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(JsonValueKind.Array, ex.Details!.Value.ValueKind);
        Assert.Empty(ex.FieldErrors);
    }

    [Fact]
    public async Task Html_gateway_page_gives_no_code_and_quotes_the_body()
    {
        const string html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        using var client = ClientAnswering(new CannedResponse(HttpStatusCode.BadGateway, html, "text/html"), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(502, ex.Status);
        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.Details);
        Assert.Equal("Users.Get", ex.Operation);
        Assert.Equal($"Users.Get (GET /users/{{uid}}) failed with HTTP 502 Bad Gateway (body: {html})", ex.Message);
    }

    [Fact]
    public async Task Long_non_json_body_is_quoted_up_to_200_bytes()
    {
        var body = new string('x', 150) + new string('y', 300);
        using var client = ClientAnswering(new CannedResponse(HttpStatusCode.InternalServerError, body, "text/plain"), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(500, ex.Status);
        Assert.EndsWith($"(body: {new string('x', 150)}{new string('y', 50)}…)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_error_body_gives_the_status_only()
    {
        using var client = ClientAnswering(new CannedResponse(HttpStatusCode.ServiceUnavailable, null), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(503, ex.Status);
        Assert.Null(ex.ErrorCode);
        Assert.Equal("Users.Get (GET /users/{uid}) failed with HTTP 503 Service Unavailable", ex.Message);
    }

    [Fact]
    public async Task Json_error_body_of_another_shape_gives_no_code()
    {
        using var client = ClientAnswering(CannedResponse.Json("""{"error":"Forbidden","status":403}""", HttpStatusCode.Forbidden), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(403, ex.Status);
        Assert.Null(ex.ErrorCode);
        Assert.Contains("HTTP 403 Forbidden", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(body: {\"error\":\"Forbidden\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_with_retry_after_seconds()
    {
        using var client = ClientAnswering(
            CannedResponse.Json("""{"error":{"code":"ERR_TOO_MANY_REQUESTS","message":"Slow down."}}""", HttpStatusCode.TooManyRequests)
                .WithHeader("Retry-After", "15"),
            out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.ListAsync());

        Assert.Equal(429, ex.Status);
        Assert.Equal("ERR_TOO_MANY_REQUESTS", ex.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(15), ex.RetryAfter);
    }

    [Fact]
    public async Task Too_many_requests_with_rate_limit_reset_gives_a_delay()
    {
        var reset = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        using var client = ClientAnswering(
            CannedResponse.Json("""{"error":{"code":"ERR_TOO_MANY_REQUESTS","message":"Slow down."}}""", HttpStatusCode.TooManyRequests)
                .WithHeader("X-Rate-Limit-Reset", reset.ToString(CultureInfo.InvariantCulture)),
            out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.ListAsync());

        Assert.NotNull(ex.RetryAfter);
        Assert.InRange(ex.RetryAfter.Value, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public void ReadRetryAfter_prefers_retry_after_seconds()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "15");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", "1700000100");

        Assert.Equal(TimeSpan.FromSeconds(15), Envelope.ReadRetryAfter(response, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)));
    }

    [Fact]
    public void ReadRetryAfter_reads_an_http_date()
    {
        var now = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Wed, 01 May 2024 12:00:42 GMT");

        Assert.Equal(TimeSpan.FromSeconds(42), Envelope.ReadRetryAfter(response, now));
    }

    [Fact]
    public void ReadRetryAfter_computes_the_delay_from_rate_limit_reset()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", "1700000030");

        Assert.Equal(TimeSpan.FromSeconds(30), Envelope.ReadRetryAfter(response, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)));
    }

    [Fact]
    public void ReadRetryAfter_never_returns_a_negative_delay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", "1699999990");

        Assert.Equal(TimeSpan.Zero, Envelope.ReadRetryAfter(response, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    [InlineData("-5")]
    public void ReadRetryAfter_is_null_without_a_usable_header(string? reset)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (reset is not null)
        {
            response.Headers.TryAddWithoutValidation("X-Rate-Limit-Reset", reset);
        }

        Assert.Null(Envelope.ReadRetryAfter(response, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)));
    }

    [Fact]
    public async Task Ok_without_data_member_says_so()
    {
        using var client = ClientAnswering(CannedResponse.Json("""{"result":{"uid":"alice","name":"Alice"}}"""), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(200, ex.Status);
        Assert.Null(ex.ErrorCode);
        Assert.Equal("Users.Get", ex.Operation);
        Assert.Contains("Users.Get (GET /users/{uid}) returned a response the client could not read: its 'data' member is missing or null", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(body: {\"result\":", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public async Task Ok_with_null_data_is_unreadable()
    {
        using var client = ClientAnswering(CannedResponse.Json("""{"data":null}"""), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(200, ex.Status);
        Assert.Contains("could not read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_without_data_member_says_so()
    {
        using var client = ClientAnswering(CannedResponse.Json("""{"meta":{"pagination":{"total":0}}}"""), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.ListAsync());

        Assert.Equal("Users.List", ex.Operation);
        Assert.Contains("its 'data' member is missing or null", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"data":{"uid":"alice","name":"Alice","createdAt":"yesterday"}}""", "Expected an integer but found a string.")]
    [InlineData("""{"data":{"uid":"alice","name":"Alice","tags":"a,b"}}""", "Expected a JSON array but found a string.")]
    [InlineData("""{"data":{"uid":"alice","name":"Alice","blockedByMe":"maybe"}}""", "Expected a boolean but found a string.")]
    [InlineData("""{"data":{"uid":"alice","name":"Alice","metadata":[1]}}""", "Expected a JSON object but found an array.")]
    [InlineData("""{"data":["alice"]}""", "Expected a JSON object for User but found an array.")]
    [InlineData("""{"data":{"name":"Alice"}}""", "The JSON for User lacks a value for the required property 'uid'.")]
    [InlineData("""[{"uid":"alice"}]""", "The response is not a JSON object.")]
    public async Task Ok_with_wrong_json_wraps_the_JsonException(string body, string reason)
    {
        using var client = ClientAnswering(CannedResponse.Json(body), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(200, ex.Status);
        Assert.Equal("Users.Get", ex.Operation);
        var inner = Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Equal(reason, inner.Message);
        Assert.Contains("could not read: " + reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ok_with_malformed_json_wraps_the_reader_exception()
    {
        using var client = ClientAnswering(CannedResponse.Json("""{"data":{"uid":"alice","""), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Theory]
    [InlineData("""{"data":[],"meta":{"pagination":{"total":3000000000}}}""")]
    [InlineData("""{"data":[{"uid":"a","name":"A","createdAt":99999999999999999}]}""")]
    [InlineData("""{"data":[{"uid":"a","name":"A","createdAt":-99999999999}]}""")]
    public async Task Ok_with_numbers_out_of_range_is_a_CometChatException(string body)
    {
        using var client = ClientAnswering(CannedResponse.Json(body), out _);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.ListAsync());

        Assert.Equal(200, ex.Status);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task Network_failure_is_a_CometChatException_with_status_0()
    {
        var failure = new HttpRequestException("Connection refused (app1.api-eu.cometchat.io:443)");
        var handler = new RecordingHandler((_, _) => Task.FromException<CannedResponse>(failure));
        using var client = TestClient.Create(handler);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(0, ex.Status);
        Assert.Null(ex.ErrorCode);
        Assert.Equal("Users.Get", ex.Operation);
        Assert.Same(failure, ex.InnerException);
        Assert.Equal("Users.Get (GET /users/{uid}) failed before CometChat answered: Connection refused (app1.api-eu.cometchat.io:443)", ex.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Connection_lost_while_reading_the_body_is_a_CometChatException_with_status_0(HttpStatusCode status)
    {
        var failure = new System.IO.IOException("The response ended prematurely.");
        var handler = new RecordingHandler().Enqueue(new CannedResponse(status, """{"data":{"uid":"al""") { BodyFailure = failure });
        using var client = TestClient.Create(handler);

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(0, ex.Status);
        Assert.Equal("Users.Get", ex.Operation);
        Assert.Same(failure, ex.InnerException);
        Assert.Equal("Users.Get (GET /users/{uid}) failed while reading CometChat's answer: The response ended prematurely.", ex.Message);
    }

    [Fact]
    public async Task HttpClient_timeout_is_a_CometChatException_with_status_0()
    {
        var handler = new RecordingHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        using var client = new CometChatClient(TestClient.DefaultOptions(), new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(50) });

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("alice"));

        Assert.Equal(0, ex.Status);
        Assert.Equal("Users.Get (GET /users/{uid}) timed out.", ex.Message);
        Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
    }

    [Fact]
    public async Task Cancellation_while_waiting_is_an_OperationCanceledException()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, token) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        using var client = TestClient.Create(handler);
        using var cts = new CancellationTokenSource();

        var call = client.Users.GetAsync("alice", cancellationToken: cts.Token);
        await started.Task;
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task Cancellation_before_sending_is_an_OperationCanceledException()
    {
        var handler = new RecordingHandler().EnqueueJson(SpecExamples.GetUser);
        using var client = TestClient.Create(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Users.GetAsync("alice", cancellationToken: new CancellationToken(canceled: true)));
        Assert.Empty(handler.Requests);
    }
}
