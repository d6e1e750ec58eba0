using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Benchmarks.Floor;

/// <summary>
/// The floor: the least a correct CometChat client can do. A hand-written <see cref="HttpClient"/> call per
/// operation with the same URL, headers and body as the SDK, and System.Text.Json's source-generated
/// (de)serializers reading straight from the response stream. No retries, no validation, no error mapping.
/// </summary>
public sealed class FloorClient
{
    private readonly HttpClient _http;
    private readonly Uri _baseUri;
    private readonly string _apiKey;
    private readonly string _userAgent;

    public FloorClient(HttpClient http, Uri baseUri, string apiKey, string userAgent)
    {
        _http = http;
        _baseUri = baseUri;
        _apiKey = apiKey;
        _userAgent = userAgent;
    }

    public async Task<FloorUser> GetUserAsync(string uid, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(HttpMethod.Get, "users/" + Uri.EscapeDataString(uid));
        var envelope = await SendAsync(request, FloorJsonContext.Default.FloorDataEnvelopeFloorUser, cancellationToken);
        return envelope.Data;
    }

    public async Task<List<FloorUser>> ListUsersAsync(int perPage, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(HttpMethod.Get, "users?perPage=" + perPage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var envelope = await SendAsync(request, FloorJsonContext.Default.FloorListEnvelopeFloorUser, cancellationToken);
        return envelope.Data;
    }

    public async Task<FloorMessage> SendMessageAsync(FloorSendMessageRequest message, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(HttpMethod.Post, "messages");
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(message, FloorJsonContext.Default.FloorSendMessageRequest));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var envelope = await SendAsync(request, FloorJsonContext.Default.FloorDataEnvelopeFloorMessage, cancellationToken);
        return envelope.Data;
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string relative)
    {
        var request = new HttpRequestMessage(method, new Uri(_baseUri, relative));
        request.Headers.TryAddWithoutValidation("apikey", _apiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        return request;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using (stream)
        {
            return (await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken))!;
        }
    }
}
