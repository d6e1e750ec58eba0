using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

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
        using var message = request.ToHttpRequestMessage(request.Host == CometChatHost.Calls ? _callsBaseUri : _chatBaseUri);
        message.Headers.TryAddWithoutValidation("apikey", _apiKey);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CometChatException(
                $"{request.Operation} ({request.Method} {request.PathTemplate}) failed before CometChat answered: {ex.Message}",
                status: 0, operation: request.Operation, innerException: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CometChatException(
                $"{request.Operation} ({request.Method} {request.PathTemplate}) timed out.",
                status: 0, operation: request.Operation, innerException: ex);
        }

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
                    status: 0, operation: request.Operation, innerException: ex);
            }

            if (!response.IsSuccessStatusCode)
            {
                using (body)
                {
                    throw Envelope.ReadError(response, body.Span, request);
                }
            }

            return body;
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
