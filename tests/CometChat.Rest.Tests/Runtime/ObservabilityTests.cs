using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using CometChat.Rest.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CometChat.Rest.Tests.Runtime;

public class ObservabilityTests
{
    private const string ApiKey = "sk-0123456789abcdef-secret";
    private const string AuthToken = "u1_17321234567890abcdefsecrettoken";
    private const string UserJson = """{"data":{"uid":"u1","name":"U1"}}""";
    private const string Unavailable = """{"error":{"code":"ERR_SERVICE_UNAVAILABLE","message":"Try later."}}""";
    private const string TooMany = """{"error":{"code":"ERR_TOO_MANY_REQUESTS","message":"Slow down."}}""";

    // Each test uses its own app ID, so listeners only count the calls of their own test while others run in parallel.
    private static CometChatClientOptions Options(string appId, ILoggerFactory? logs = null, ManualTimeProvider? clock = null, int retries = 0)
    {
        var options = new CometChatClientOptions { AppId = appId, Region = CometChatRegion.Eu, ApiKey = ApiKey, LoggerFactory = logs };
        options.Retry.MaxRetries = retries;
        if (clock is not null)
        {
            options.TimeProvider = clock;
        }

        return options;
    }

    private static string Host(string appId) => appId + ".api-eu.cometchat.io";

    [Fact]
    public async Task Logs_never_contain_the_api_key_an_auth_token_or_a_body()
    {
        var logs = new CapturingLoggerFactory();
        var tokenJson = $$$"""{"data":{"uid":"u1","authToken":"{{{AuthToken}}}","createdAt":1700000000}}""";
        var notFound = $$$$"""{"error":{"code":"ERR_AUTH_TOKEN_NOT_FOUND","message":"The auth token {{{{AuthToken}}}} does not exist.","details":{"authToken":"{{{{AuthToken}}}}"}}}""";
        var handler = new RecordingHandler()
            .EnqueueJson(tokenJson)
            .EnqueueJson(notFound, HttpStatusCode.NotFound)
            .Enqueue(CannedResponse.Json(Unavailable, HttpStatusCode.ServiceUnavailable))
            .EnqueueJson($$$"""{"data":{"success":true,"message":"Auth token {{{AuthToken}}} deleted."}}""");
        var options = Options("logapp", logs, new ManualTimeProvider(), retries: 1);
        using var client = TestClient.Create(handler, options);

        await client.AuthTokens.GetAsync("u1", AuthToken);
        await Assert.ThrowsAsync<CometChatException>(() => client.AuthTokens.GetAsync("u1", AuthToken));
        await client.AuthTokens.DeleteAsync("u1", AuthToken);

        // The calls were logged (so the search below searched something), by template only.
        Assert.Equal(4, logs.Logs.Count);
        Assert.All(logs.Logs, log => Assert.Contains("/users/{uid}/auth_tokens/{authToken}", log.Message, StringComparison.Ordinal));
        foreach (var log in logs.Logs)
        {
            Assert.DoesNotContain(AuthToken, log.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(ApiKey, log.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain("does not exist", log.AllText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_successful_call_logs_operation_method_route_status_duration_and_attempts()
    {
        var logs = new CapturingLoggerFactory();
        using var client = TestClient.Create(new RecordingHandler().EnqueueJson(UserJson), Options("logapp2", logs));

        await client.Users.GetAsync("u1");

        var log = Assert.Single(logs.Logs);
        Assert.Equal(LogLevel.Debug, log.Level);
        Assert.Equal("CometChatCallSucceeded", log.EventId.Name);
        Assert.Equal("Users.Get", log["Operation"]);
        Assert.Equal("GET", log["HttpMethod"]);
        Assert.Equal("/users/{uid}", log["RouteTemplate"]);
        Assert.Equal(200, log["StatusCode"]);
        Assert.Equal(1, log["Attempts"]);
        Assert.NotNull(log["ElapsedMilliseconds"]);
        Assert.Equal("CometChat.Rest", log.Category);
    }

    [Fact]
    public async Task A_failed_call_logs_a_warning_with_CometChat_error_code_and_each_retry_an_information()
    {
        var logs = new CapturingLoggerFactory();
        var handler = new RecordingHandler()
            .Enqueue(CannedResponse.Json(Unavailable, HttpStatusCode.ServiceUnavailable))
            .EnqueueJson("""{"error":{"code":"ERR_UID_NOT_FOUND","message":"No such user."}}""", HttpStatusCode.NotFound);
        using var client = TestClient.Create(handler, Options("logapp3", logs, new ManualTimeProvider(), retries: 2));

        await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("nobody"));

        Assert.Collection(
            logs.Logs,
            retry =>
            {
                Assert.Equal(LogLevel.Information, retry.Level);
                Assert.Equal("CometChatRetrying", retry.EventId.Name);
                Assert.Equal(1, retry["Attempt"]);
                Assert.Equal("503", retry["ErrorType"]);
            },
            failed =>
            {
                Assert.Equal(LogLevel.Warning, failed.Level);
                Assert.Equal("CometChatCallFailed", failed.EventId.Name);
                Assert.Equal(404, failed["StatusCode"]);
                Assert.Equal("ERR_UID_NOT_FOUND", failed["ErrorCode"]);
                Assert.Equal(2, failed["Attempts"]);
            });
    }

    [Fact]
    public async Task A_call_the_caller_cancelled_is_logged_as_cancelled_not_as_a_failure()
    {
        var logs = new CapturingLoggerFactory();
        using var client = TestClient.Create(new RecordingHandler(_ => CannedResponse.Json(UserJson)), Options("logapp4", logs));
        using var cts = new System.Threading.CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Users.GetAsync("u1", cancellationToken: cts.Token));

        var log = Assert.Single(logs.Logs);
        Assert.Equal("CometChatCallCancelled", log.EventId.Name);
        Assert.Equal(LogLevel.Debug, log.Level);
    }

    [Fact]
    public async Task A_dropped_connection_is_measured_with_the_exception_as_error_type()
    {
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = ListenToMeter(measurements, Host("meterapp3"));
        var handler = new RecordingHandler((_, _) => throw new System.Net.Http.HttpRequestException(System.Net.Http.HttpRequestError.ConnectionError, "Connection reset."));
        using var client = TestClient.Create(handler, Options("meterapp3"));

        var ex = await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("u1"));

        Assert.Equal(0, ex.Status);
        var duration = Assert.Single(measurements, m => m.Instrument == CometChatTelemetry.RequestDurationInstrument);
        Assert.Equal("connection_error", duration.Tags["error.type"]);
        Assert.False(duration.Tags.ContainsKey("http.response.status_code"));
    }

    [Fact]
    public async Task Each_call_is_one_client_span_named_after_the_route_template()
    {
        var spans = new List<Activity>();
        using var listener = Listen(spans, Host("traceapp"));
        var handler = new RecordingHandler()
            .EnqueueJson(UserJson)
            .EnqueueJson("""{"error":{"code":"ERR_UID_NOT_FOUND","message":"No such user."}}""", HttpStatusCode.NotFound);
        using var client = TestClient.Create(handler, Options("traceapp"));

        await client.Users.GetAsync("u1");
        await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("u2"));

        Assert.Equal(2, spans.Count);
        var ok = spans[0];
        Assert.Equal("GET /users/{uid}", ok.DisplayName);
        Assert.Equal(ActivityKind.Client, ok.Kind);
        Assert.Equal("GET", ok.GetTagItem("http.request.method"));
        Assert.Equal("traceapp.api-eu.cometchat.io", ok.GetTagItem("server.address"));
        Assert.Equal(443, ok.GetTagItem("server.port"));
        Assert.Equal("/users/{uid}", ok.GetTagItem("url.template"));
        Assert.Equal("Users.Get", ok.GetTagItem("cometchat.operation"));
        Assert.Equal(200, ok.GetTagItem("http.response.status_code"));
        Assert.Null(ok.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, ok.Status);

        var failed = spans[1];
        Assert.Equal(404, failed.GetTagItem("http.response.status_code"));
        Assert.Equal("404", failed.GetTagItem("error.type"));
        Assert.Equal("ERR_UID_NOT_FOUND", failed.GetTagItem("cometchat.error_code"));
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.DoesNotContain(failed.Tags, t => t.Value is not null && t.Value.Contains("u2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_span_records_how_often_the_request_was_resent()
    {
        var spans = new List<Activity>();
        using var listener = Listen(spans, Host("traceapp2"));
        var handler = new RecordingHandler()
            .Enqueue(CannedResponse.Json(Unavailable, HttpStatusCode.ServiceUnavailable))
            .EnqueueJson(UserJson);
        using var client = TestClient.Create(handler, Options("traceapp2", clock: new ManualTimeProvider(), retries: 2));

        await client.Users.GetAsync("u1");

        var span = Assert.Single(spans);
        Assert.Equal(1, span.GetTagItem("http.request.resend_count"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task Metrics_record_the_duration_of_the_whole_call_each_retry_and_each_429()
    {
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = ListenToMeter(measurements, Host("meterapp"));
        var clock = new ManualTimeProvider();
        var handler = new RecordingHandler()
            .Enqueue(CannedResponse.Json(TooMany, HttpStatusCode.TooManyRequests).WithHeader("Retry-After", "2"))
            .Enqueue(CannedResponse.Json(Unavailable, HttpStatusCode.ServiceUnavailable))
            .EnqueueJson(UserJson);
        using var client = TestClient.Create(handler, Options("meterapp", clock: clock, retries: 3));

        await client.Users.GetAsync("u1");

        var duration = Assert.Single(measurements, m => m.Instrument == CometChatTelemetry.RequestDurationInstrument);
        Assert.Equal(clock.Waits.Sum(w => w.TotalSeconds), duration.Value, precision: 6);
        Assert.True(duration.Value >= 2);
        Assert.Equal("GET", duration.Tags["http.request.method"]);
        Assert.Equal(200, duration.Tags["http.response.status_code"]);
        Assert.Equal("Users.Get", duration.Tags["cometchat.operation"]);
        Assert.False(duration.Tags.ContainsKey("error.type"));

        var retries = measurements.Where(m => m.Instrument == CometChatTelemetry.RetriesInstrument).ToList();
        Assert.Equal(["429", "503"], retries.Select(r => (string)r.Tags["error.type"]!));

        var limited = Assert.Single(measurements, m => m.Instrument == CometChatTelemetry.RateLimitedInstrument);
        Assert.Equal(1, limited.Value);
    }

    [Fact]
    public async Task A_failed_call_is_measured_with_its_error_type()
    {
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = ListenToMeter(measurements, Host("meterapp2"));
        var handler = new RecordingHandler().EnqueueJson("""{"error":{"code":"ERR_UID_NOT_FOUND","message":"No."}}""", HttpStatusCode.NotFound);
        using var client = TestClient.Create(handler, Options("meterapp2"));

        await Assert.ThrowsAsync<CometChatException>(() => client.Users.GetAsync("u1"));

        var duration = Assert.Single(measurements, m => m.Instrument == CometChatTelemetry.RequestDurationInstrument);
        Assert.Equal("404", duration.Tags["error.type"]);
        Assert.Equal(404, duration.Tags["http.response.status_code"]);
    }

    private static ActivityListener Listen(List<Activity> spans, string host)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CometChatTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (host.Equals(activity.GetTagItem("server.address")))
                {
                    lock (spans)
                    {
                        spans.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static MeterListener ListenToMeter(List<(string Instrument, double Value, Dictionary<string, object?> Tags)> measurements, string host)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CometChatTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };

        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var dictionary = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                dictionary[tag.Key] = tag.Value;
            }

            if (host.Equals(dictionary.GetValueOrDefault("server.address")))
            {
                lock (measurements)
                {
                    measurements.Add((instrument.Name, value, dictionary));
                }
            }
        }

        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
        return listener;
    }
}
