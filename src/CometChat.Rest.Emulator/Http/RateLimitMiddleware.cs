using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>Endpoint metadata: the operation's CometChat rate-limit class. Endpoints without it are standard.</summary>
internal sealed class RateLimitClass
{
    private RateLimitClass(string name)
    {
        Name = name;
    }

    /// <summary>Core operations: creating users, auth tokens and groups, deleting users.</summary>
    public static RateLimitClass Core { get; } = new("core");

    public static RateLimitClass Standard { get; } = new("standard");

    public string Name { get; }
}

/// <summary>
/// Counts requests per rate-limit class in fixed one-minute windows and sends CometChat's <c>X-Rate-Limit</c> and
/// <c>X-Rate-Limit-Remaining</c> on every response. When enforcing, a request over the budget gets
/// <c>429 ERR_TOO_MANY_REQUESTS</c> with <c>Retry-After</c> (seconds to the next window) and
/// <c>X-Rate-Limit-Reset</c> (the next window's start, Unix seconds). Runs after routing, to know the operation.
/// </summary>
internal sealed class RateLimitMiddleware
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly EmulatorRateLimitOptions _options;
    private readonly Window _core = new();
    private readonly Window _standard = new();

    public RateLimitMiddleware(TimeProvider time, EmulatorRateLimitOptions options)
    {
        _time = time;
        _options = new EmulatorRateLimitOptions
        {
            Enabled = options.Enabled,
            CoreRequestsPerMinute = options.CoreRequestsPerMinute,
            StandardRequestsPerMinute = options.StandardRequestsPerMinute,
        };
    }

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var isCore = context.GetEndpoint()?.Metadata.GetMetadata<RateLimitClass>() == RateLimitClass.Core;
        var limit = isCore ? _options.CoreRequestsPerMinute : _options.StandardRequestsPerMinute;
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var minute = now / 60;

        int count;
        lock (_gate)
        {
            var window = isCore ? _core : _standard;
            if (window.Minute != minute)
            {
                window.Minute = minute;
                window.Count = 0;
            }

            // Refused requests are not counted: CometChat does not process them.
            count = window.Count + 1;
            if (!_options.Enabled || count <= limit)
            {
                window.Count = count;
            }
        }

        var headers = context.Response.Headers;
        headers["X-Rate-Limit"] = Text(limit);
        headers["X-Rate-Limit-Remaining"] = Text(Math.Max(0, limit - count));
        if (_options.Enabled && count > limit)
        {
            var reset = (minute + 1) * 60;
            headers["Retry-After"] = Text(Math.Max(1, reset - now));
            headers["X-Rate-Limit-Reset"] = Text(reset);
            throw ApiError.TooManyRequests(limit);
        }

        return next(context);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Window
    {
        public long Minute { get; set; } = -1;

        public int Count { get; set; }
    }
}
