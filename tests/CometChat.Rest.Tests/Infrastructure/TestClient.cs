using System;
using System.Net.Http;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>Makes clients that talk to a <see cref="RecordingHandler"/> instead of the network.</summary>
public static class TestClient
{
    /// <summary>The chat base address the default options select.</summary>
    public const string BaseUrl = "https://app1.api-eu.cometchat.io/v3/";

    /// <summary>
    /// Options for app1 in the EU region with retries off, so one canned response answers one call
    /// (Resilience*Tests turn retries back on with a fake clock).
    /// </summary>
    public static CometChatClientOptions DefaultOptions() =>
        new() { AppId = "app1", Region = CometChatRegion.Eu, ApiKey = "key", Retry = { MaxRetries = 0 } };

    /// <summary>A client for app1 in the EU region with API key "key", sending through <paramref name="handler"/>.</summary>
    public static CometChatClient Create(RecordingHandler handler, CometChatClientOptions? options = null) =>
        new(options ?? DefaultOptions(), new HttpClient(handler));

    /// <summary>A client over a handler that has <paramref name="json"/> queued as a 200 response.</summary>
    public static CometChatClient Create(string json, out RecordingHandler handler)
    {
        handler = new RecordingHandler().EnqueueJson(json);
        return Create(handler);
    }

    public static Uri Url(string relative) => new(BaseUrl + relative);
}
