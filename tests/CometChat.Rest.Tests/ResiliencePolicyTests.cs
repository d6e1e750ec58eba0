using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using CometChat.Rest.Core;
using Polly;
using Polly.Timeout;

namespace CometChat.Rest.Tests;

public class ResiliencePolicyTests
{
    public static TheoryData<string, int, bool> StatusTable => new()
    {
        { "GET", 429, true }, { "POST", 429, true }, { "PATCH", 429, true }, { "PUT", 429, true }, { "DELETE", 429, true },
        { "GET", 500, true }, { "GET", 502, true }, { "GET", 503, true }, { "GET", 504, true },
        { "PUT", 503, true }, { "DELETE", 500, true },
        { "POST", 500, false }, { "POST", 503, false }, { "PATCH", 502, false }, { "PATCH", 504, false },
        { "GET", 501, false }, { "GET", 400, false }, { "GET", 401, false }, { "GET", 404, false }, { "POST", 409, false },
        { "GET", 200, false }, { "POST", 200, false },
    };

    [Theory]
    [MemberData(nameof(StatusTable))]
    public void Status_decisions(string method, int status, bool expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        Assert.Equal(expected, RetryPolicy.ShouldRetry(new HttpMethod(method), Outcome.FromResult(response)));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    public void Timeouts_and_dropped_connections_retry_only_idempotent_methods(string method, bool expected)
    {
        var m = new HttpMethod(method);
        Assert.Equal(expected, RetryPolicy.ShouldRetry(m, Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
        Assert.Equal(expected, RetryPolicy.ShouldRetry(m, Outcome.FromException<HttpResponseMessage>(new TaskCanceledException())));
        Assert.Equal(expected, RetryPolicy.ShouldRetry(m, Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset)))));
        Assert.Equal(expected, RetryPolicy.ShouldRetry(m, Outcome.FromException<HttpResponseMessage>(new HttpRequestException("boom"))));
    }

    [Theory]
    [InlineData(SocketError.ConnectionRefused)]
    [InlineData(SocketError.HostNotFound)]
    [InlineData(SocketError.NetworkUnreachable)]
    public void Connections_that_never_opened_retry_any_method(SocketError error)
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new HttpRequestException("no connection", new SocketException((int)error)));
        Assert.True(RetryPolicy.ShouldRetry(HttpMethod.Post, outcome));
        Assert.True(RetryPolicy.ShouldRetry(HttpMethod.Patch, outcome));
    }

    [Fact]
    public void Other_exceptions_are_not_retried()
    {
        Assert.False(RetryPolicy.ShouldRetry(HttpMethod.Get, Outcome.FromException<HttpResponseMessage>(new InvalidOperationException())));
    }

    [Fact]
    public void Backoff_grows_exponentially_with_jitter_and_is_capped()
    {
        var baseDelay = TimeSpan.FromSeconds(0.5);
        var max = TimeSpan.FromSeconds(30);
        Assert.Equal(TimeSpan.FromSeconds(0.5), RetryPolicy.Backoff(0, baseDelay, max, 1.0));
        Assert.Equal(TimeSpan.FromSeconds(0.25), RetryPolicy.Backoff(0, baseDelay, max, 0.0));
        Assert.Equal(TimeSpan.FromSeconds(2), RetryPolicy.Backoff(2, baseDelay, max, 1.0));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.Backoff(20, baseDelay, max, 1.0));
        Assert.Equal(TimeSpan.FromSeconds(15), RetryPolicy.Backoff(1000, baseDelay, max, 0.0));
    }

    [Fact]
    public void Retry_options_are_validated()
    {
        static void Check(Action<CometChatRetryOptions> change, string text)
        {
            var options = new CometChatClientOptions { AppId = "app1", ApiKey = "key" };
            change(options.Retry);
            var ex = Assert.Throws<ArgumentException>(options.Validate);
            Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        }

        Check(r => r.MaxRetries = -1, "MaxRetries");
        Check(r => r.BaseDelay = TimeSpan.FromSeconds(-1), "BaseDelay");
        Check(r => r.MaxDelay = TimeSpan.FromMilliseconds(1), "MaxDelay");
        Check(r => r.MaxRetryAfter = TimeSpan.FromSeconds(-1), "MaxRetryAfter");
        Check(r => r.AttemptTimeout = TimeSpan.Zero, "AttemptTimeout");

        var nullRetry = new CometChatClientOptions { AppId = "app1", ApiKey = "key", Retry = null! };
        Assert.Contains("Retry", Assert.Throws<ArgumentException>(nullRetry.Validate).Message, StringComparison.Ordinal);

        var defaults = new CometChatRetryOptions();
        Assert.Equal(3, defaults.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(0.5), defaults.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), defaults.MaxRetryAfter);
        Assert.Null(defaults.AttemptTimeout);
    }
}
