using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace CometChat.Rest.Core;

/// <summary>Which failed attempts may be sent again, and how long to wait first.</summary>
internal static class RetryPolicy
{
    /// <summary>
    /// Whether an attempt with <paramref name="outcome"/> may be retried. 429 and connections that never opened are
    /// retried for every method; server errors, timeouts and other transport failures only for GET, PUT and DELETE.
    /// Caller cancellation is not decided here: the transport checks its token first.
    /// </summary>
    public static bool ShouldRetry(HttpMethod method, Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => true,
                HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                    or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => IsIdempotent(method),
                _ => false,
            };
        }

        return outcome.Exception switch
        {
            HttpRequestException ex when NeverConnected(ex) => true,
            HttpRequestException => IsIdempotent(method),
            TimeoutRejectedException => IsIdempotent(method),

            // HttpClient.Timeout surfaces as a TaskCanceledException; the transport has ruled out the caller's token.
            OperationCanceledException => IsIdempotent(method),
            _ => false,
        };
    }

    /// <summary>GET, PUT and DELETE (and HEAD, OPTIONS): CometChat's PUT and DELETE are idempotent.</summary>
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete
        || method == HttpMethod.Head || method == HttpMethod.Options;

    /// <summary>Exponential backoff with "equal" jitter: between half and all of <c>base × 2^attempt</c>, capped.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (capped / 2 * random));
    }

    private static bool NeverConnected(HttpRequestException ex)
    {
        for (Exception? inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
                    or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain
                    or SocketError.NoData or SocketError.AddressNotAvailable;
            }
        }

        return ex.HttpRequestError is HttpRequestError.NameResolutionError;
    }
}
