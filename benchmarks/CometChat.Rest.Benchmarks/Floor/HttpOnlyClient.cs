using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Benchmarks.Floor;

/// <summary>
/// Below the floor: the same request as every other client, sent through the same <see cref="HttpClient"/>, with
/// the answer checked for success and dropped unread. No JSON either way (the message body is serialized once, up
/// front). What is left is what <see cref="HttpClient"/> and the canned handler cost by themselves: no client
/// built on <see cref="HttpClient"/> can make a call for less.
/// </summary>
public sealed class HttpOnlyClient
{
    private readonly HttpClient _http;
    private readonly Uri _baseUri;
    private readonly string _apiKey;
    private readonly string _userAgent;

    public HttpOnlyClient(HttpClient http, Uri baseUri, string apiKey, string userAgent)
    {
        _http = http;
        _baseUri = baseUri;
        _apiKey = apiKey;
        _userAgent = userAgent;
    }

    public Task GetAsync(string relative, CancellationToken cancellationToken = default) =>
        SendAsync(CreateRequest(HttpMethod.Get, relative), cancellationToken);

    public Task PostAsync(string relative, byte[] json, CancellationToken cancellationToken = default)
    {
        var request = CreateRequest(HttpMethod.Post, relative);
        request.Content = new ByteArrayContent(json);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return SendAsync(request, cancellationToken);
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string relative)
    {
        var request = new HttpRequestMessage(method, new Uri(_baseUri, relative));
        request.Headers.TryAddWithoutValidation("apikey", _apiKey);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        return request;
    }

    private async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
    }
}
