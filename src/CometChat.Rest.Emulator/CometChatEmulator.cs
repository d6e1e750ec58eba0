using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Endpoints;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CometChat.Rest.Emulator;

/// <summary>
/// A local, in-memory stand-in for the CometChat REST API v3 (users, auth tokens, API keys, groups and members,
/// friends, blocked users, roles, RBAC, metrics, calls, the first message and conversation operations, notifications,
/// moderation, AI agents and data import), served over HTTP on a loopback address. Each instance has its own app,
/// keys and data, and forgets them when disposed.
/// </summary>
/// <example><code>
/// await using var emulator = await CometChatEmulator.StartAsync();
/// using var client = new CometChatClient(emulator.CreateClientOptions());
/// </code></example>
public sealed class CometChatEmulator : IAsyncDisposable
{
    private static readonly TimeSpan s_stopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly EmulatorStore _store;
    private readonly FaultInjectionMiddleware _faults;
    private int _disposed;

    private CometChatEmulator(WebApplication app, EmulatorStore store, FaultInjectionMiddleware faults, EmulatorSettings settings, Uri baseUri, IReadOnlyList<User> seededUsers)
    {
        _app = app;
        _store = store;
        _faults = faults;
        BaseUri = baseUri;
        AppId = settings.AppId;
        RestApiKey = settings.RestApiKey;
        AuthOnlyApiKey = settings.AuthOnlyApiKey;
        SeededUsers = seededUsers;
    }

    /// <summary>The API's base address, ending with <c>/v3/</c>, for example <c>http://127.0.0.1:5123/v3/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The emulated app's ID.</summary>
    public string AppId { get; }

    /// <summary>The app's REST API key (scope <c>fullAccess</c>, named "Rest API Key").</summary>
    public string RestApiKey { get; }

    /// <summary>The app's auth-only key (scope <c>authOnly</c>, named "Auth Key"): it may only create users and auth tokens.</summary>
    public string AuthOnlyApiKey { get; }

    /// <summary>How many requests the emulator has received.</summary>
    public long RequestCount => _faults.RequestCount;

    /// <summary>How many requests got an injected fault (see <see cref="EmulatorOptions.Faults"/>).</summary>
    public long InjectedFaultCount => _faults.FaultCount;

    /// <summary>The demo users created by <see cref="EmulatorOptions.SeedDemoData"/>, each with its auth token.</summary>
    internal IReadOnlyList<User> SeededUsers { get; }

    /// <summary>Starts an emulator and returns once it accepts requests.</summary>
    /// <param name="options">Settings; null for the defaults (a free port on 127.0.0.1, random keys, no data).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">A setting is malformed, or an address is not an http loopback address.</exception>
    /// <exception cref="System.IO.IOException">An address is already in use.</exception>
    public static async Task<CometChatEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = EmulatorSettings.From(options ?? new EmulatorOptions());
        var time = options?.TimeProvider ?? TimeProvider.System;

        var store = new EmulatorStore(time);
        store.CreateApiKey("Rest API Key", ApiKeyScope.FullAccess, settings.RestApiKey);
        store.CreateApiKey("Auth Key", ApiKeyScope.AuthOnly, settings.AuthOnlyApiKey);
        var seededUsers = options?.SeedDemoData == true ? DemoData.Seed(store, time.GetUtcNow()) : [];

        // The empty builder reads no configuration files or environment variables and logs nowhere, so an
        // emulator inside a test run behaves the same on every machine.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(CometChatEmulator).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddRoutingCore();

        // Ctrl+C belongs to the host process (a test run, the emulator's own Program), not to each emulator.
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();

        var app = builder.Build();
        foreach (var url in settings.Urls)
        {
            app.Urls.Add(url);
        }

        var limits = options?.RateLimits ?? new EmulatorRateLimitOptions();
        var faults = new FaultInjectionMiddleware(time, options?.Faults ?? new EmulatorFaultOptions(), limits.StandardRequestsPerMinute);
        ConfigurePipeline(app, store, faults, settings, limits, time);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Urls.First().TrimEnd('/');
        return new CometChatEmulator(app, store, faults, settings, new Uri(address + "/v3/"), seededUsers);
    }

    /// <summary>Client options for this emulator: its app ID, <see cref="BaseUri"/> and an API key.</summary>
    /// <param name="apiKey">The key to send; <see cref="RestApiKey"/> when null.</param>
    public CometChatClientOptions CreateClientOptions(string? apiKey = null) => new()
    {
        AppId = AppId,
        BaseUri = BaseUri,
        ApiKey = apiKey ?? RestApiKey,
    };

    /// <summary>
    /// Records a call, as if it had happened: the REST API only reads calls (they are made through CometChat's SDKs),
    /// so this is how calls get into the emulator for <c>client.Calls</c> to find. A call with the same session ID is
    /// replaced.
    /// </summary>
    /// <param name="call">The call, shaped as CometChat returns it; the emulator keeps a copy.</param>
    /// <param name="transcriptions">The call's transcriptions, if any.</param>
    /// <exception cref="ArgumentException">The call has no session ID.</exception>
    public void AddCall(Call call, IEnumerable<CallTranscription>? transcriptions = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (string.IsNullOrWhiteSpace(call.SessionId))
        {
            throw new ArgumentException("The call needs a SessionId.", nameof(call));
        }

        _store.AddCall(call, transcriptions ?? []);
    }

    /// <summary>Stops the server and discards the emulator's data.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(s_stopTimeout);
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void ConfigurePipeline(WebApplication app, EmulatorStore store, FaultInjectionMiddleware faults, EmulatorSettings settings, EmulatorRateLimitOptions limits, TimeProvider time)
    {
        var rateLimit = new RateLimitMiddleware(time, limits);
        var auth = new ApiKeyAuthMiddleware(store, settings.AppId);

        // Outermost first. Every error, injected ones included, becomes CometChat's JSON body. The rate limiter
        // runs after routing (it needs the operation's class) and before the key check, so its headers are on
        // every answer past the injected faults, errors included.
        app.Use(ErrorHandlingMiddleware.InvokeAsync);
        app.Use(faults.InvokeAsync);
        app.UseRouting();
        app.Use(rateLimit.InvokeAsync);
        app.Use(auth.InvokeAsync);

        new UsersEndpoints(store).Map(app);
        new AuthTokensEndpoints(store).Map(app);
        new ApiKeysEndpoints(store).Map(app);
        new GroupsEndpoints(store).Map(app);
        new GroupMembersEndpoints(store).Map(app);
        new BannedUsersEndpoints(store).Map(app);
        new FriendsEndpoints(store).Map(app);
        new BlockedUsersEndpoints(store).Map(app);
        new RolesEndpoints(store).Map(app);
        new RestrictFeaturesEndpoints(store).Map(app);
        new RbacEndpoints(store).Map(app);
        new MetricsEndpoints(store, settings.AppId).Map(app);
        new CallsEndpoints(store).Map(app);
        new MessagesEndpoints(store).Map(app);
        new ConversationsEndpoints(store).Map(app);
        new DataImportEndpoints(store).Map(app);
        new AgentApiToolsEndpoints(store, settings.AppId).Map(app);
        new McpServersEndpoints(store, settings.AppId).Map(app);
        new FrontendActionsEndpoints(store, settings.AppId).Map(app);
        new AgentVariablesEndpoints(store, settings.AppId).Map(app);
        new AgentBuilderEndpoints(store, settings.AppId).Map(app);
        new AiAgentsEndpoints(store, settings.AppId).Map(app);
        new AiAgentToolsEndpoints(store, settings.AppId).Map(app);
        new KnowledgeBaseEndpoints(store, settings.AppId).Map(app);
        new KnowledgeBaseWebsiteEndpoints(store, time).Map(app);
        new ModerationRulesEndpoints(store, settings.AppId).Map(app);
        new NotificationSettingsEndpoints(store).Map(app);
        new PushNotificationsEndpoints(store).Map(app);
        new EmailNotificationsEndpoints(store).Map(app);
        new SmsNotificationsEndpoints(store).Map(app);
        new NotificationPreferencesEndpoints(store, time).Map(app);
        NotificationLogsEndpoints.Map(app);
        new ModerationReasonsEndpoints(store).Map(app);
        new ModerationKeywordsEndpoints(store, settings.AppId).Map(app);
        new ModerationReviewEndpoints(store).Map(app);
        new ModerationMessagesEndpoints(store).Map(app);

        // Any other path, or a known path with another method, is CometChat's ERR_API_NOT_FOUND.
        app.MapFallback("{**path}", UnknownApiAsync).WithMetadata(UnknownApi.Instance);
    }

    private static Task UnknownApiAsync(HttpContext context) =>
        throw ApiError.ApiNotFound(context.Request.Method, context.Request.Path.Value ?? "/");

    /// <summary>A host lifetime that leaves process signals alone; the emulator stops when disposed.</summary>
    private sealed class PassiveHostLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
