using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Adds CometChat's <c>X-Rate-Limit</c> and <c>X-Rate-Limit-Remaining</c> headers to every response, from a
/// per-minute counter. It never refuses a request (no 429): the numbers are there so clients that watch them
/// can be tested.
/// </summary>
internal sealed class RateLimitMiddleware
{
    /// <summary>CometChat's limit for core operations: 10,000 requests per minute.</summary>
    public const int RequestsPerMinute = 10_000;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private long _minute = -1;
    private int _count;

    public RateLimitMiddleware(TimeProvider time)
    {
        _time = time;
    }

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var remaining = Count();
        var headers = context.Response.Headers;
        headers["X-Rate-Limit"] = RequestsPerMinute.ToString(CultureInfo.InvariantCulture);
        headers["X-Rate-Limit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        return next(context);
    }

    private int Count()
    {
        var minute = _time.GetUtcNow().ToUnixTimeSeconds() / 60;
        lock (_gate)
        {
            if (minute != _minute)
            {
                _minute = minute;
                _count = 0;
            }

            _count++;
            return Math.Max(0, RequestsPerMinute - _count);
        }
    }
}
