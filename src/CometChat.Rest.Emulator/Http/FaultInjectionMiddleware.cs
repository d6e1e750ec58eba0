using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Injects the failures of <see cref="EmulatorFaultOptions"/>: latency, dropped connections, server errors and
/// bursts of 429s. One random sequence (seeded) decides, one draw per request, under a lock, so the same requests
/// in the same order meet the same faults.
/// </summary>
internal sealed class FaultInjectionMiddleware
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly EmulatorFaultOptions _options;
    private readonly Random _random;
    private int _burstLeft;
    private long _requests;
    private long _faults;

    private readonly int _limit;

    /// <param name="time">The emulator's clock.</param>
    /// <param name="options">What to inject.</param>
    /// <param name="limit">The budget an injected 429 reports in <c>X-Rate-Limit</c>.</param>
    public FaultInjectionMiddleware(TimeProvider time, EmulatorFaultOptions options, int limit)
    {
        _time = time;
        _limit = limit;
        _options = new EmulatorFaultOptions
        {
            ErrorRate = options.ErrorRate,
            DropRate = options.DropRate,
            TooManyRequestsRate = options.TooManyRequestsRate,
            TooManyRequestsBurstLength = options.TooManyRequestsBurstLength,
            TooManyRequestsRetryAfter = options.TooManyRequestsRetryAfter,
            Latency = options.Latency,
            AfterProcessingShare = options.AfterProcessingShare,
            Seed = options.Seed,
        };

#pragma warning disable CA5394 // Fault injection needs a repeatable sequence, not a secure one.
        _random = options.Seed is { } seed ? new Random(seed) : new Random();
#pragma warning restore CA5394
    }

    private enum Fault
    {
        None,
        Drop,
        ServerError,
        ServiceUnavailable,
        TooManyRequests,
    }

    /// <summary>Requests seen so far.</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>Requests that got an injected fault (latency alone does not count).</summary>
    public long FaultCount => Interlocked.Read(ref _faults);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _requests);
        if (_options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(_options.Latency, _time, context.RequestAborted).ConfigureAwait(false);
        }

        var (fault, late) = Draw();
        if (fault != Fault.None)
        {
            Interlocked.Increment(ref _faults);
        }

        if (late)
        {
            await ProcessThenLoseTheAnswerAsync(context, next).ConfigureAwait(false);
        }

        switch (fault)
        {
            case Fault.Drop:
                context.Abort();
                return;
            case Fault.ServerError:
                throw new ApiError(500, CometChatErrorCodes.Exception, "Injected fault: the emulator was told to fail this request (EmulatorFaultOptions.ErrorRate).");
            case Fault.ServiceUnavailable:
                throw new ApiError(503, CometChatErrorCodes.MissionFailed, "Injected fault: the emulator was told to fail this request (EmulatorFaultOptions.ErrorRate).");
            case Fault.TooManyRequests:
                var wait = (long)Math.Ceiling(_options.TooManyRequestsRetryAfter.TotalSeconds);
                var headers = context.Response.Headers;
                headers["Retry-After"] = wait.ToString(CultureInfo.InvariantCulture);
                headers["X-Rate-Limit-Reset"] = (_time.GetUtcNow().ToUnixTimeSeconds() + wait).ToString(CultureInfo.InvariantCulture);
                headers["X-Rate-Limit"] = _limit.ToString(CultureInfo.InvariantCulture);
                headers["X-Rate-Limit-Remaining"] = "0";
                throw new ApiError(429, CometChatErrorCodes.TooManyRequests, "Injected fault: too many requests (EmulatorFaultOptions.TooManyRequestsRate). Retry after the time in the Retry-After header.");
            default:
                await next(context).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>Handles the request into a buffer and throws the answer away, so the fault that follows hides a done change.</summary>
    private static async Task ProcessThenLoseTheAnswerAsync(HttpContext context, RequestDelegate next)
    {
        var body = context.Response.Body;
        using var buffer = new System.IO.MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ApiError)
        {
            // The request failed on its own; the injected fault replaces that answer too.
        }
        finally
        {
            context.Response.Body = body;
        }

        context.Response.Clear();
    }

    private (Fault Fault, bool Late) Draw()
    {
        var fault = DrawFault();

        // Only drawn when asked for, so existing seeds keep failing the same requests.
        if ((fault is Fault.Drop or Fault.ServerError or Fault.ServiceUnavailable) && _options.AfterProcessingShare > 0)
        {
            lock (_gate)
            {
#pragma warning disable CA5394 // See the constructor.
                return (fault, _random.NextDouble() < _options.AfterProcessingShare);
#pragma warning restore CA5394
            }
        }

        return (fault, false);
    }

    private Fault DrawFault()
    {
        if (_options.ErrorRate <= 0 && _options.DropRate <= 0 && _options.TooManyRequestsRate <= 0)
        {
            return Fault.None;
        }

        lock (_gate)
        {
            if (_burstLeft > 0)
            {
                _burstLeft--;
                return Fault.TooManyRequests;
            }

#pragma warning disable CA5394 // See the constructor.
            var roll = _random.NextDouble();
            if (roll < _options.DropRate)
            {
                return Fault.Drop;
            }

            roll -= _options.DropRate;
            if (roll < _options.ErrorRate)
            {
                return _random.Next(2) == 0 ? Fault.ServerError : Fault.ServiceUnavailable;
            }
#pragma warning restore CA5394

            roll -= _options.ErrorRate;
            if (roll < _options.TooManyRequestsRate)
            {
                _burstLeft = _options.TooManyRequestsBurstLength - 1;
                return Fault.TooManyRequests;
            }

            return Fault.None;
        }
    }
}
