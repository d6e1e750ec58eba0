using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using CometChat.Rest.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CometChat.Rest.DependencyInjection;

/// <summary>Marks an app name registered with <c>AddCometChat</c>, so a typo in <c>GetClient</c> fails with the names that exist.</summary>
internal sealed record CometChatRegistration(string Name)
{
    public string HttpClientName => Name.Length == 0 ? "CometChat" : "CometChat:" + Name;
}

/// <summary>
/// One client per app name, created on first use from the named options. Each attempt asks
/// <see cref="IHttpClientFactory"/> for an <see cref="HttpClient"/>, so the factory's handler rotation applies to
/// a client that lives as long as the application; the clients never dispose those.
/// </summary>
internal sealed class CometChatClientFactory(
    IOptionsMonitor<CometChatClientOptions> options,
    IHttpClientFactory httpClientFactory,
    ILoggerFactory loggerFactory,
    IEnumerable<CometChatRegistration> registrations) : ICometChatClientFactory, IDisposable
{
    private readonly Dictionary<string, CometChatRegistration> _registrations =
        registrations.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Lazy<CometChatClient>> _clients = new(StringComparer.Ordinal);

    public CometChatClient GetClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_registrations.TryGetValue(name, out var registration))
        {
            var known = string.Join(", ", _registrations.Keys.Select(n => n.Length == 0 ? "(unnamed)" : "'" + n + "'"));
            throw new InvalidOperationException(
                $"No CometChat app named '{name}' is registered; call services.AddCometChat(\"{name}\", ...). Registered: {(known.Length == 0 ? "none" : known)}.");
        }

        return _clients.GetOrAdd(name, _ => new Lazy<CometChatClient>(() => Create(registration), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            if (client.IsValueCreated)
            {
                client.Value.Dispose();
            }
        }
    }

    private CometChatClient Create(CometChatRegistration registration)
    {
        // IOptionsMonitor.Get runs the validators, so a bad setting fails here with every message at once.
        var appOptions = options.Get(registration.Name);
        var httpClientName = registration.HttpClientName;
        return new CometChatClient(new CometChatTransport(appOptions, () => httpClientFactory.CreateClient(httpClientName), loggerFactory));
    }
}
