using System;
using System.Collections.Generic;
using System.Diagnostics;
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
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
    private static readonly ResiliencePropertyKey<AttemptState> s_attemptKey = new("CometChat.Attempt");

    // Everything but the onBehalfOf user is shared between a transport and its views, so a view costs one object.
    private readonly Shared _shared;
    private readonly string? _onBehalfOf;

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
        : this(new Shared(options, httpClient, httpClientSource: null, loggerFactory: null), onBehalfOf: null)
    {
    }

    /// <summary>
    /// Creates a transport that asks <paramref name="httpClientSource"/> for an <see cref="HttpClient"/> on every attempt
    /// (<c>IHttpClientFactory.CreateClient</c>, whose handlers rotate), and never disposes them.
    /// </summary>
    internal CometChatTransport(CometChatClientOptions options, Func<HttpClient> httpClientSource, ILoggerFactory? loggerFactory)
        : this(new Shared(options, httpClient: null, httpClientSource, loggerFactory), onBehalfOf: null)
    {
    }

    private CometChatTransport(Shared shared, string? onBehalfOf)
    {
        _shared = shared;
        _onBehalfOf = onBehalfOf;
    }

    /// <summary>The options the transport was created with.</summary>
    public CometChatClientOptions Options => _shared.Options;

    /// <summary>The user this transport acts for (the <c>onBehalfOf</c> header), or null for the app itself.</summary>
    public string? OnBehalfOfUid => _onBehalfOf;

    /// <summary>
    /// The rate-limit headers (<c>X-Rate-Limit</c>, <c>X-Rate-Limit-Remaining</c>, <c>X-Rate-Limit-Reset</c>) of the last
    /// response that carried them, or null before any did. Thread-safe.
    /// </summary>
    public CometChatRateLimitInfo? LastRateLimit => Volatile.Read(ref _shared.LastRateLimit);

    /// <summary>
    /// The options handed to generated converters. They carry no resolver: nothing here serializes by reflection.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new();

    /// <summary>
    /// A view of this transport that sends <c>onBehalfOf: <paramref name="uid"/></c> with every request that does not set
    /// the header itself. It shares connections, retries, rate-limit state and the client-side limiter with this transport,
    /// and disposing it releases nothing.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="uid"/> is not a valid CometChat UID.</exception>
    public CometChatTransport WithOnBehalfOf(string uid)
    {
        Guard.Identifier(uid, IdentifierKind.Uid, nameof(uid));
        return new CometChatTransport(_shared, uid);
    }

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
        // A view (WithOnBehalfOf) borrows everything from the transport it came from.
        if (_onBehalfOf is null)
        {
            _shared.Dispose();
        }
    }

    // ValueTask: a call whose answer is already buffered (a handler in memory, a small cached response) then costs no Task.
    private async ValueTask<ResponseBody> SendCoreAsync(CometChatRequest request, CancellationToken cancellationToken)
    {
        var shared = _shared;
        var attempt = new AttemptState(this, request);
        var started = shared.TimeProvider.GetTimestamp();
        var baseUri = BaseUriFor(request);
        using var activity = CometChatDiagnostics.StartActivity(request, baseUri);
        try
        {
            var body = await SendAttemptsAsync(attempt, cancellationToken).ConfigureAwait(false);
            Complete(attempt, baseUri, started, activity, exception: null);
            return body;
        }
        catch (Exception ex)
        {
            Complete(attempt, baseUri, started, activity, ex);
            throw;
        }
    }

    /// <summary>Logs, traces and measures one finished call. Only the route template and error code are recorded, never values.</summary>
    private void Complete(AttemptState attempt, Uri baseUri, long started, Activity? activity, Exception? exception)
    {
        var request = attempt.Request;
        var elapsed = _shared.TimeProvider.GetElapsedTime(started);
        var status = exception is CometChatException { Status: > 0 } failed ? failed.Status : attempt.LastStatus;
        var errorCode = (exception as CometChatException)?.ErrorCode;
        var errorType = exception is null ? null : CometChatDiagnostics.ErrorType(exception);

        CometChatDiagnostics.RecordDuration(request, baseUri, status, errorType, elapsed);
        CometChatDiagnostics.CompleteActivity(activity, status, errorType, errorCode, attempt.Count);

        var logger = _shared.Logger;
        var milliseconds = (long)elapsed.TotalMilliseconds;
        if (exception is null)
        {
            CometChatLog.CallSucceeded(logger, request.Operation, request.Method.Method, request.PathTemplate, status ?? 0, milliseconds, attempt.Count);
        }
        else if (exception is OperationCanceledException)
        {
            CometChatLog.CallCancelled(logger, request.Operation, request.Method.Method, request.PathTemplate, milliseconds, attempt.Count);
        }
        else
        {
            CometChatLog.CallFailed(logger, request.Operation, request.Method.Method, request.PathTemplate, status ?? 0, errorCode, errorType, milliseconds, attempt.Count);
        }
    }

    private async ValueTask<ResponseBody> SendAttemptsAsync(AttemptState attempt, CancellationToken cancellationToken)
    {
        var request = attempt.Request;
        if (_shared.Limiter is { } limiter)
        {
            // The first attempt waits here, outside the per-attempt timeout; retries wait in OnRetry.
            await limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(request.Operation, cancellationToken);
        context.Properties.Set(s_attemptKey, attempt);
        HttpResponseMessage response;
        try
        {
            response = await _shared.Pipeline.ExecuteAsync(
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
                        throw Envelope.ReadError(response, body.Span, request, attempt.Count, _shared.TimeProvider.GetUtcNow());
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

    private Uri BaseUriFor(CometChatRequest request) =>
        request.Host == CometChatHost.Calls ? _shared.CallsBaseUri : _shared.ChatBaseUri;

    private HttpRequestMessage CreateMessage(CometChatRequest request)
    {
        var message = request.ToHttpRequestMessage(BaseUriFor(request));
        message.Headers.TryAddWithoutValidation("apikey", _shared.ApiKey);
        // The same header as Accept.Add(new MediaTypeWithQualityHeaderValue(...)), without an object and a validation per call.
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        message.Headers.TryAddWithoutValidation("User-Agent", _shared.UserAgent);

        // The operation's own onBehalfOf argument, when given, wins over the view's user.
        if (_onBehalfOf is not null && !request.HasHeader(OnBehalfOfHeader))
        {
            message.Headers.TryAddWithoutValidation(OnBehalfOfHeader, _onBehalfOf);
        }

        return message;
    }

    private const string OnBehalfOfHeader = "onBehalfOf";

    // Read on every response: the raw (non-validated) view neither parses the header store nor copies the values,
    // and one pass over it finds all three headers (a lookup by name checks the name and searches the store each time).
    private static bool TryReadRateLimit(HttpResponseMessage response, out long? limit, out long? remaining, out long? reset)
    {
        limit = remaining = reset = null;
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            if (!name.StartsWith(RateLimitHeader, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var suffix = name.AsSpan(RateLimitHeader.Length);
            if (suffix.IsEmpty)
            {
                limit ??= ParseFirst(values);
            }
            else if (suffix.Equals("-Remaining", StringComparison.OrdinalIgnoreCase))
            {
                remaining ??= ParseFirst(values);
            }
            else if (suffix.Equals("-Reset", StringComparison.OrdinalIgnoreCase))
            {
                reset ??= ParseFirst(values);
            }
        }

        return limit is not null || remaining is not null;
    }

    private const string RateLimitHeader = "X-Rate-Limit";

    private static long? ParseFirst(HeaderStringValues values)
    {
        foreach (var text in values)
        {
            return long.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
        }

        return null;
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

    /// <summary>What a transport and its onBehalfOf views have in common: connections, retry pipeline, limiter, logger and rate-limit state.</summary>
    private sealed class Shared : IDisposable
    {
        private readonly HttpClient? _ownedHttpClient;

        // Written with Volatile.Write from any attempt, read with Volatile.Read.
        public CometChatRateLimitInfo? LastRateLimit;

        public Shared(CometChatClientOptions options, HttpClient? httpClient, Func<HttpClient>? httpClientSource, ILoggerFactory? loggerFactory)
        {
            ArgumentNullException.ThrowIfNull(options);
            options.Validate();

            Options = options;
            ApiKey = options.ApiKey!;
            ChatBaseUri = options.GetChatBaseUri();
            CallsBaseUri = options.GetCallsBaseUri();
            UserAgent = string.IsNullOrWhiteSpace(options.UserAgent) ? s_userAgent : s_userAgent + " " + options.UserAgent;
            TimeProvider = options.TimeProvider;
            Logger = (loggerFactory ?? options.LoggerFactory)?.CreateLogger("CometChat.Rest") ?? NullLogger.Instance;
            Limiter = options.MaxRequestsPerMinute is { } perMinute ? new ClientRateLimiter(perMinute, TimeProvider) : null;
            Pipeline = BuildPipeline(options.Retry);

            if (httpClientSource is not null)
            {
                HttpClientSource = httpClientSource;
            }
            else if (httpClient is not null)
            {
                HttpClientSource = () => httpClient;
            }
            else
            {
                // Recycling pooled connections lets a long-lived client follow DNS changes.
                var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
                var owned = new HttpClient(handler, disposeHandler: true) { Timeout = options.Timeout };
                _ownedHttpClient = owned;
                HttpClientSource = () => owned;
            }
        }

        public CometChatClientOptions Options { get; }

        public string ApiKey { get; }

        public Uri ChatBaseUri { get; }

        public Uri CallsBaseUri { get; }

        public string UserAgent { get; }

        public TimeProvider TimeProvider { get; }

        public ILogger Logger { get; }

        public ClientRateLimiter? Limiter { get; }

        public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

        public Func<HttpClient> HttpClientSource { get; }

        public void Dispose() => _ownedHttpClient?.Dispose();

        public void RecordRateLimit(HttpResponseMessage response)
        {
            if (!TryReadRateLimit(response, out var limit, out var remaining, out var reset))
            {
                return;
            }

            var resetAt = reset is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
            Volatile.Write(ref LastRateLimit, new CometChatRateLimitInfo((int?)limit, (int?)remaining, resetAt, TimeProvider.GetUtcNow()));
        }

        private ResiliencePipeline<HttpResponseMessage> BuildPipeline(CometChatRetryOptions retry)
        {
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = TimeProvider };
            if (retry.MaxRetries > 0)
            {
                builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = retry.MaxRetries,
                    ShouldHandle = args => new ValueTask<bool>(ShouldHandle(args.Outcome, args.Context, retry)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(Delay(args.Outcome, args.AttemptNumber, retry)),
                    OnRetry = OnRetryAsync,
                });
            }

            if (retry.AttemptTimeout is { } timeout)
            {
                builder.AddTimeout(timeout);
            }

            return builder.Build();
        }

        private async ValueTask OnRetryAsync(OnRetryArguments<HttpResponseMessage> args)
        {
            if (!args.Context.Properties.TryGetValue(s_attemptKey, out var attempt))
            {
                return;
            }

            var request = attempt.Request;
            var reason = args.Outcome.Result is { } response
                ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
                : CometChatDiagnostics.ErrorType(args.Outcome.Exception!);
            CometChatDiagnostics.RecordRetry(request, attempt.BaseUri, reason);
            CometChatLog.Retrying(Logger, request.Operation, request.Method.Method, request.PathTemplate, args.AttemptNumber + 1, reason, (long)args.RetryDelay.TotalMilliseconds);

            if (Limiter is { } limiter)
            {
                await limiter.AcquireAsync(args.Context.CancellationToken).ConfigureAwait(false);
            }
        }

        private bool ShouldHandle(Outcome<HttpResponseMessage> outcome, ResilienceContext context, CometChatRetryOptions retry)
        {
            // Nearly every outcome is a success: it is decided before the attempt state is looked up.
            if (outcome.Result is { IsSuccessStatusCode: true })
            {
                return false;
            }

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
                || Envelope.ReadRetryAfter(response, TimeProvider.GetUtcNow()) is not { } wait
                || wait <= retry.MaxRetryAfter;
        }

        private TimeSpan Delay(Outcome<HttpResponseMessage> outcome, int attemptNumber, CometChatRetryOptions retry)
        {
            if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
                && Envelope.ReadRetryAfter(response, TimeProvider.GetUtcNow()) is { } wait)
            {
                return wait;
            }

#pragma warning disable CA5394 // Jitter, not security.
            return RetryPolicy.Backoff(attemptNumber, retry.BaseDelay, retry.MaxDelay, Random.Shared.NextDouble());
#pragma warning restore CA5394
        }
    }

    /// <summary>One call's attempts: builds a fresh message for each and remembers them to dispose.</summary>
    private sealed class AttemptState(CometChatTransport transport, CometChatRequest request)
    {
        // Almost every call makes one attempt: the first message needs no list.
        private HttpRequestMessage? _first;
        private List<HttpRequestMessage>? _retries;
        private int _lastStatus;

        public CometChatRequest Request => request;

        public Uri BaseUri => transport.BaseUriFor(request);

        public int Count { get; private set; }

        /// <summary>The status of the last response received, or null when none arrived.</summary>
        public int? LastStatus => Volatile.Read(ref _lastStatus) is var status and > 0 ? status : null;

        public async ValueTask<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
        {
            var message = transport.CreateMessage(request);
            lock (this)
            {
                if (_first is null)
                {
                    _first = message;
                }
                else
                {
                    (_retries ??= []).Add(message);
                }

                Count++;
            }

            var shared = transport._shared;
            var response = await shared.HttpClientSource().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _lastStatus, (int)response.StatusCode);
            shared.RecordRateLimit(response);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                CometChatDiagnostics.RecordRateLimited(request, transport.BaseUriFor(request));
            }

            return response;
        }

        public void DisposeMessages()
        {
            lock (this)
            {
                _first?.Dispose();
                _first = null;
                if (_retries is not null)
                {
                    foreach (var message in _retries)
                    {
                        message.Dispose();
                    }

                    _retries.Clear();
                }
            }
        }
    }
}
