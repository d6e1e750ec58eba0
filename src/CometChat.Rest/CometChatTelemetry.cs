namespace CometChat.Rest;

/// <summary>
/// Names to subscribe to the client's traces and metrics, for example with OpenTelemetry:
/// <c>.AddSource(CometChatTelemetry.ActivitySourceName)</c> and <c>.AddMeter(CometChatTelemetry.MeterName)</c>.
/// </summary>
/// <remarks>
/// Each call is one <see cref="System.Diagnostics.ActivityKind.Client"/> span named <c>{method} {route template}</c>
/// (for example <c>GET /users/{uid}</c>) around all its attempts; the HTTP attempts below it come from
/// <c>System.Net.Http</c>. Tags and metric attributes follow OpenTelemetry's HTTP client conventions
/// (<c>http.request.method</c>, <c>server.address</c>, <c>server.port</c>, <c>url.template</c>,
/// <c>http.response.status_code</c>, <c>error.type</c>) plus <c>cometchat.operation</c> and <c>cometchat.error_code</c>.
/// </remarks>
public static class CometChatTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: <c>CometChat.Rest</c>.</summary>
    public const string ActivitySourceName = "CometChat.Rest";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>CometChat.Rest</c>.</summary>
    public const string MeterName = "CometChat.Rest";

    /// <summary>Histogram, seconds: how long a call took, retries and waits included.</summary>
    public const string RequestDurationInstrument = "cometchat.client.request.duration";

    /// <summary>Counter: attempts sent again, tagged with the reason in <c>error.type</c>.</summary>
    public const string RetriesInstrument = "cometchat.client.request.retries";

    /// <summary>Counter: responses with status 429 (CometChat's rate limit).</summary>
    public const string RateLimitedInstrument = "cometchat.client.request.rate_limited";
}
