using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http;
using System.Reflection;
using Polly.Timeout;

namespace CometChat.Rest.Core;

/// <summary>The client's <see cref="ActivitySource"/> and <see cref="Meter"/>; tag names follow OpenTelemetry's HTTP client conventions.</summary>
internal static class CometChatDiagnostics
{
    private static readonly string? s_version = typeof(CometChatDiagnostics).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    private static readonly ActivitySource s_source = new(CometChatTelemetry.ActivitySourceName, s_version);
    private static readonly Meter s_meter = new(CometChatTelemetry.MeterName, s_version);

    // The bucket boundaries OpenTelemetry advises for http.client.request.duration, plus 30 s and 60 s because a call
    // includes its retries and Retry-After waits.
    private static readonly Histogram<double> s_duration = s_meter.CreateHistogram(
        CometChatTelemetry.RequestDurationInstrument,
        unit: "s",
        description: "Duration of CometChat calls, retries and waits included.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60] });

    private static readonly Counter<long> s_retries = s_meter.CreateCounter<long>(
        CometChatTelemetry.RetriesInstrument, unit: "{retry}", description: "CometChat requests sent again after a failed attempt.");

    private static readonly Counter<long> s_rateLimited = s_meter.CreateCounter<long>(
        CometChatTelemetry.RateLimitedInstrument, unit: "{response}", description: "CometChat responses with status 429 Too Many Requests.");

    public static Activity? StartActivity(CometChatRequest request, Uri baseUri)
    {
        if (!s_source.HasListeners())
        {
            return null;
        }

        var activity = s_source.StartActivity(request.Method.Method + " " + request.PathTemplate, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("server.address", baseUri.Host);
            activity.SetTag("server.port", baseUri.Port);
            activity.SetTag("url.template", request.PathTemplate);
            activity.SetTag("cometchat.operation", request.Operation);
        }

        return activity;
    }

    public static void CompleteActivity(Activity? activity, int? status, string? errorType, string? errorCode, int attempts)
    {
        if (activity is null)
        {
            return;
        }

        if (status is { } code)
        {
            activity.SetTag("http.response.status_code", code);
        }

        if (attempts > 1)
        {
            activity.SetTag("http.request.resend_count", attempts - 1);
        }

        if (errorType is not null)
        {
            activity.SetTag("error.type", errorType);
            activity.SetTag("cometchat.error_code", errorCode);

            // The description is the error type only: CometChat's message may quote identifiers.
            activity.SetStatus(ActivityStatusCode.Error, errorType);
        }
    }

    public static void RecordDuration(CometChatRequest request, Uri baseUri, int? status, string? errorType, TimeSpan elapsed)
    {
        if (!s_duration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "http.request.method", request.Method.Method },
            { "server.address", baseUri.Host },
            { "server.port", baseUri.Port },
            { "cometchat.operation", request.Operation },
        };
        if (status is { } code)
        {
            tags.Add("http.response.status_code", code);
        }

        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        s_duration.Record(elapsed.TotalSeconds, tags);
    }

    public static void RecordRetry(CometChatRequest request, Uri baseUri, string reason)
    {
        if (s_retries.Enabled)
        {
            s_retries.Add(1, new TagList
            {
                { "http.request.method", request.Method.Method },
                { "server.address", baseUri.Host },
                { "cometchat.operation", request.Operation },
                { "error.type", reason },
            });
        }
    }

    public static void RecordRateLimited(CometChatRequest request, Uri baseUri)
    {
        if (s_rateLimited.Enabled)
        {
            s_rateLimited.Add(1, new TagList
            {
                { "http.request.method", request.Method.Method },
                { "server.address", baseUri.Host },
                { "cometchat.operation", request.Operation },
            });
        }
    }

    /// <summary>
    /// A low-cardinality <c>error.type</c>: the status code for HTTP errors, <c>timeout</c> for timeouts, otherwise the
    /// full name of the exception that ended the attempt or call (as OpenTelemetry recommends).
    /// </summary>
    public static string ErrorType(Exception exception) => exception switch
    {
        CometChatException { Status: > 0 } failed => failed.Status.ToString(CultureInfo.InvariantCulture),
        CometChatException { InnerException: { } inner } => ErrorType(inner),
        TimeoutRejectedException => "timeout",

        // HttpClient.Timeout shows up as a TaskCanceledException wrapping a TimeoutException.
        OperationCanceledException { InnerException: TimeoutException } => "timeout",
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => HttpErrorName(http.HttpRequestError),
        _ => exception.GetType().FullName ?? "_OTHER",
    };

    // The values System.Net.Http uses for error.type in its own metrics.
    private static string HttpErrorName(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "name_resolution_error",
        HttpRequestError.ConnectionError => "connection_error",
        HttpRequestError.SecureConnectionError => "secure_connection_error",
        HttpRequestError.HttpProtocolError => "http_protocol_error",
        HttpRequestError.ExtendedConnectNotSupported => "extended_connect_not_supported",
        HttpRequestError.VersionNegotiationError => "version_negotiation_error",
        HttpRequestError.UserAuthenticationError => "user_authentication_error",
        HttpRequestError.ProxyTunnelError => "proxy_tunnel_error",
        HttpRequestError.InvalidResponse => "invalid_response",
        HttpRequestError.ResponseEnded => "response_ended",
        HttpRequestError.ConfigurationLimitExceeded => "configuration_limit_exceeded",
        _ => "System.Net.Http.HttpRequestException",
    };
}
