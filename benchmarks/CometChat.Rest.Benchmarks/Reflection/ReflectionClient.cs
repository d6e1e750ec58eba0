using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Benchmarks.Reflection;

/// <summary>
/// A CometChat client written the way hand-rolled ones usually are: <see cref="HttpClient"/>, the body read as a
/// string, and <see cref="JsonSerializer"/> with reflection-based options (created once and reused, as the
/// documentation recommends) into plain classes. Same URL, headers and body as the SDK.
/// </summary>
public sealed class ReflectionClient
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly Uri _baseUri;
    private readonly string _apiKey;
    private readonly string _userAgent;

    public ReflectionClient(HttpClient http, Uri baseUri, string apiKey, string userAgent)
    {
        _http = http;
        _baseUri = baseUri;
        _apiKey = apiKey;
        _userAgent = userAgent;
    }

    public async Task<ReflectionUser> GetUserAsync(string uid, CancellationToken cancellationToken = default)
    {
        var response = await GetAsync<ApiResponse<ReflectionUser>>("users/" + Uri.EscapeDataString(uid), cancellationToken);
        return response.Data;
    }

    public async Task<List<ReflectionUser>> ListUsersAsync(int perPage, CancellationToken cancellationToken = default)
    {
        var response = await GetAsync<ApiListResponse<ReflectionUser>>("users?perPage=" + perPage, cancellationToken);
        return response.Data;
    }

    public async Task<ReflectionMessage> SendMessageAsync(ReflectionSendMessage message, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, "messages"));
        request.Content = new StringContent(JsonSerializer.Serialize(message, s_options), Encoding.UTF8, "application/json");
        var response = await SendAsync<ApiResponse<ReflectionMessage>>(request, cancellationToken);
        return response.Data;
    }

    private async Task<T> GetAsync<T>(string relative, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseUri, relative));
        return await SendAsync<T>(request, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("apikey", _apiKey);
        request.Headers.Add("Accept", "application/json");
        request.Headers.Add("User-Agent", _userAgent);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonSerializer.Deserialize<T>(json, s_options)!;
    }
}

public sealed class ApiResponse<T>
{
    public T Data { get; set; } = default!;
}

public sealed class ApiListResponse<T>
{
    public List<T> Data { get; set; } = [];

    public Dictionary<string, JsonElement>? Meta { get; set; }
}

public sealed class ReflectionUser
{
    public string Uid { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Avatar { get; set; }

    public string? Link { get; set; }

    public string? Role { get; set; }

    public string? StatusMessage { get; set; }

    public Dictionary<string, object>? Metadata { get; set; }

    public string? Status { get; set; }

    public long? CreatedAt { get; set; }

    public long? UpdatedAt { get; set; }

    public long? DeactivatedAt { get; set; }

    public long? LastActiveAt { get; set; }

    public List<string>? Tags { get; set; }

    public string? AuthToken { get; set; }

    public string? ConversationId { get; set; }

    public bool? BlockedByMe { get; set; }

    public long? BlockedByMeAt { get; set; }

    public bool? HasBlockedMe { get; set; }

    public long? BlockedAt { get; set; }
}

public sealed class ReflectionSendMessage
{
    public string? Receiver { get; set; }

    public string? ReceiverType { get; set; }

    public string? Category { get; set; }

    public string? Type { get; set; }

    public ReflectionSendMessageData? Data { get; set; }
}

public sealed class ReflectionSendMessageData
{
    public string? Text { get; set; }

    public Dictionary<string, object>? Metadata { get; set; }
}

public sealed class ReflectionMessage
{
    public string Id { get; set; } = "";

    public string? ConversationId { get; set; }

    public string? Sender { get; set; }

    public string? Receiver { get; set; }

    public string? ReceiverType { get; set; }

    public string Category { get; set; } = "";

    public string Type { get; set; } = "";

    public Dictionary<string, object>? Data { get; set; }

    public long? SentAt { get; set; }

    public long? UpdatedAt { get; set; }

    public List<string>? Tags { get; set; }
}
