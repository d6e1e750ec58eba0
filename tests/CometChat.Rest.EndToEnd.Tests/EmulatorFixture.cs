using System;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>
/// One emulator per test class (xunit class fixture), with a typed client and a raw HTTP client.
/// Tests share the emulator, so each one works on its own UIDs (see <see cref="TestData"/>).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class EmulatorFixture : IAsyncLifetime
{
    private CometChatEmulator? _emulator;
    private CometChatClient? _client;
    private HttpClient? _http;

    public CometChatEmulator Emulator => _emulator ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>A typed client with the REST API key (fullAccess).</summary>
    public CometChatClient Client => _client ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>A raw client whose base address is the emulator's <c>/v3/</c>; it sends no apikey header by itself.</summary>
    public HttpClient Http => _http ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        _emulator = await CometChatEmulator.StartAsync();
        _client = new CometChatClient(_emulator.CreateClientOptions());
        _http = new HttpClient { BaseAddress = _emulator.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        _client?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>A typed client that sends <paramref name="apiKey"/>; dispose it.</summary>
    public CometChatClient CreateClient(string apiKey) => new(Emulator.CreateClientOptions(apiKey));
}
