using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CometChat.Rest.Core;

/// <summary>
/// Sends <see cref="CometChatRequest"/>s and reads CometChat's <c>{"data": ...}</c> envelopes and errors.
/// Generated resource clients share one transport; it owns the <see cref="HttpClient"/> unless one was given.
/// </summary>
public sealed class CometChatTransport : IDisposable
{
    private static readonly string s_userAgent = BuildUserAgent();

    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly Uri _chatBaseUri;
    private readonly Uri _callsBaseUri;
    private readonly string _apiKey;
    private readonly string _userAgent;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private CometChatRateLimitInfo? _lastRateLimit;

    private static readonly ResiliencePropertyKey<AttemptState> s_attemptKey = new("CometChat.Attempt");

    /// <summary>Creates a transport with its own <see cref="HttpClient"/>.</summary>
    public CometChatTransport(CometChatClientOptions options)
        : this(options, null)
    {
    }

    /// <summary>
    /// Creates a transport over <paramref name="httpClient"/> (not disposed with the transport), or over a client of its own when null.
    /// </summary>
    /// <exception cref="ArgumentException">The options are incomplete or malformed.</exception>
    public CometChatTransport(CometChatClientOptions options, HttpClient? httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        Options = options;
        _apiKey = options.ApiKey!;
        _chatBaseUri = options.GetChatBaseUri();
        _callsBaseUri = options.GetCallsBaseUri();
        _userAgent = string.IsNullOrWhiteSpace(options.UserAgent) ? s_userAgent : s_userAgent + " " + options.UserAgent;
        _timeProvider = options.TimeProvider;
        _pipeline = BuildPipeline(options.Retry);

        if (httpClient is null)
        {
            // Recycling pooled connections lets a long-lived client follow DNS changes.
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
            _httpClient = new HttpClient(handler, disposeHandler: true) { Timeout = options.Timeout };
            _ownsHttpClient = true;
        }
        else
        {
            _httpClient = httpClient;
        }
    }

    /// <summary>The options the transport was created with.</summary>
    public CometChatClientOptions Options { get; }

    /// <summary>
    /// The rate-limit headers (<c>X-Rate-Limit</c>, <c>X-Rate-Limit-Remaining</c>, <c>X-Rate-Limit-Reset</c>) of the last
    /// response that carried them, or null before any did. Thread-safe.
    /// </summary>
    public CometChatRateLimitInfo? LastRateLimit => Volatile.Read(ref _lastRateLimit);

    /// <summary>
    /// The options handed to generated converters. They carry no resolver: nothing here serializes by reflection.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new();

    /// <summary>Sends the request and returns the <c>data</c> member of the response.</summary>
    /// <exception cref="CometChatException">CometChat returned an error, or the response could not be read.</exception>
    public async Task<T> SendAsync<T>(CometChatRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(converter);

        using var body = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return Envelope.ReadData(body.Span, converter, request);
    }

    /// <summary>Sends the request and returns one page of a page-based list.</summary>
    /// <exception cref="CometChatException">CometChat returned an error, or the response could not be read.</exception>
    public async Task<Page<T>> SendPageAsync<T>(CometChatRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(converter);

        using var body = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return Envelope.ReadPage(body.Span, converter, request);
    }

    /// <summary>
    /// Sends the request <paramref name="createRequest"/> builds without a cursor and reads one cursor-paged list
    /// response; the page fetches the pages after it through <paramref name="createRequest"/> with their cursors.
    /// </summary>
    /// <exception cref="CometChatException">CometChat returned an error, or the response could not be read.</exception>
    public Task<CursorPage<T>> SendCursorPageAsync<T>(Func<PageCursor?, CometChatRequest> createRequest, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(createRequest);
        ArgumentNullException.ThrowIfNull(converter);
        return SendCursorPageAsync(createRequest, null, converter, cancellationToken);
    }

    /// <summary>Sends the request and reads the whole response body (for operations CometChat does not envelope).</summary>
    /// <exception cref="CometChatException">CometChat returned an error, or the response could not be read.</exception>
    public async Task<T> SendBodyAsync<T>(CometChatRequest request, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(converter);

        using var body = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        return Envelope.ReadBody(body.Span, converter, request);
    }

    /// <summary>Sends the request and ignores the response body.</summary>
    /// <exception cref="CometChatException">CometChat returned an error.</exception>
    public async Task SendAsync(CometChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var body = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CursorPage<T>> SendCursorPageAsync<T>(Func<PageCursor?, CometChatRequest> createRequest, PageCursor? cursor, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        var request = createRequest(cursor);
        using var body = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var (items, meta) = Envelope.ReadCursorPage(body.Span, converter, request);
        return new CursorPage<T>(items, meta, (next, token) => SendCursorPageAsync(createRequest, next, converter, token));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    private async Task<ResponseBody> SendCoreAsync(CometChatRequest request, CancellationToken cancellationToken)
    {
        var attempt = new AttemptState(this, request);
        var context = ResilienceContextPool.Shared.Get(request.Operation, cancellationToken);
        context.Properties.Set(s_attemptKey, attempt);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static (ctx, state) => state.SendAsync(ctx.CancellationToken),
                context,
                attempt).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            attempt.DisposeMessages();
            throw new CometChatException(
                $"{request.Operation} ({request.Method} {request.PathTemplate}) failed before CometChat answered{After(attempt.Count)}: {ex.Message}",
                status: 0, operation: request.Operation, innerException: ex, attempts: attempt.Count);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            attempt.DisposeMessages();
            throw new CometChatException(
                $"{request.Operation} ({request.Method} {request.PathTemplate}) timed out{After(attempt.Count)}.",
                status: 0, operation: request.Operation, innerException: ex, attempts: attempt.Count);
        }
        catch
        {
            attempt.DisposeMessages();
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        try
        {
            using (response)
            {
                ResponseBody body;
                try
                {
                    body = await ResponseBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException)
                {
                    throw new CometChatException(
                        $"{request.Operation} ({request.Method} {request.PathTemplate}) failed while reading CometChat's answer: {ex.Message}",
                        status: 0, operation: request.Operation, innerException: ex, attempts: attempt.Count);
                }

                if (!response.IsSuccessStatusCode)
                {
                    using (body)
                    {
                        throw Envelope.ReadError(response, body.Span, request, attempt.Count, _timeProvider.GetUtcNow());
                    }
                }

                return body;
            }
        }
        finally
        {
            attempt.DisposeMessages();
        }
    }

    private static string After(int attempts) => attempts > 1 ? $" after {attempts} attempts" : string.Empty;

    private HttpRequestMessage CreateMessage(CometChatRequest request)
    {
        var message = request.ToHttpRequestMessage(request.Host == CometChatHost.Calls ? _callsBaseUri : _chatBaseUri);
        message.Headers.TryAddWithoutValidation("apikey", _apiKey);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        return message;
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(CometChatRetryOptions retry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _timeProvider };
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxRetries,
                ShouldHandle = args => new ValueTask<bool>(ShouldHandle(args.Outcome, args.Context, retry)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(Delay(args.Outcome, args.AttemptNumber, retry)),
            });
        }

        if (retry.AttemptTimeout is { } timeout)
        {
            builder.AddTimeout(timeout);
        }

        return builder.Build();
    }

    private bool ShouldHandle(Outcome<HttpResponseMessage> outcome, ResilienceContext context, CometChatRetryOptions retry)
    {
        // The caller's own cancellation is never retried: the context token is the caller's. An upload from a
        // stream that cannot seek back cannot be repeated, so CometChat's answer stands.
        if (context.CancellationToken.IsCancellationRequested
            || !context.Properties.TryGetValue(s_attemptKey, out var attempt)
            || !RetryPolicy.ShouldRetry(attempt.Request.Method, outcome)
            || !attempt.Request.CanResend)
        {
            return false;
        }

        // A 429 that asks for a longer wait than we honour fails now, with CometChat's answer.
        return outcome.Result is not { StatusCode: HttpStatusCode.TooManyRequests } response
            || Envelope.ReadRetryAfter(response, _timeProvider.GetUtcNow()) is not { } wait
            || wait <= retry.MaxRetryAfter;
    }

    private TimeSpan Delay(Outcome<HttpResponseMessage> outcome, int attemptNumber, CometChatRetryOptions retry)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
            && Envelope.ReadRetryAfter(response, _timeProvider.GetUtcNow()) is { } wait)
        {
            return wait;
        }

#pragma warning disable CA5394 // Jitter, not security.
        return RetryPolicy.Backoff(attemptNumber, retry.BaseDelay, retry.MaxDelay, Random.Shared.NextDouble());
#pragma warning restore CA5394
    }

    private void RecordRateLimit(HttpResponseMessage response)
    {
        var limit = ReadInt(response, "X-Rate-Limit");
        var remaining = ReadInt(response, "X-Rate-Limit-Remaining");
        if (limit is null && remaining is null)
        {
            return;
        }

        var reset = ReadInt(response, "X-Rate-Limit-Reset") is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        Volatile.Write(ref _lastRateLimit, new CometChatRateLimitInfo((int?)limit, (int?)remaining, reset, _timeProvider.GetUtcNow()));
    }

    private static long? ReadInt(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>One call's attempts: builds a fresh message for each and remembers them to dispose.</summary>
    private sealed class AttemptState(CometChatTransport transport, CometChatRequest request)
    {
        private readonly List<HttpRequestMessage> _messages = [];

        public CometChatRequest Request => request;

        public int Count { get; private set; }

        public async ValueTask<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
        {
            var message = transport.CreateMessage(request);
            lock (_messages)
            {
                _messages.Add(message);
                Count++;
            }

            var response = await transport._httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            transport.RecordRateLimit(response);
            return response;
        }

        public void DisposeMessages()
        {
            lock (_messages)
            {
                foreach (var message in _messages)
                {
                    message.Dispose();
                }

                _messages.Clear();
            }
        }
    }

    private static string BuildUserAgent()
    {
        var version = typeof(CometChatTransport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        return string.Create(CultureInfo.InvariantCulture, $"CometChat.Rest/{version} ({RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription.Split(' ').FirstOrDefault()})");
    }
}
