using System;
using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace CometChat.Rest;

/// <summary>Settings for a CometChat client: which app, where, and with which key.</summary>
public sealed class CometChatClientOptions
{
    /// <summary>The app ID from the CometChat dashboard. It is part of the host name.</summary>
    public string? AppId { get; set; }

    /// <summary>The region the app was created in. Defaults to <see cref="CometChatRegion.Us"/>.</summary>
    public CometChatRegion Region { get; set; } = CometChatRegion.Us;

    /// <summary>
    /// The REST API key (scope <c>fullAccess</c>) or an auth-only key, sent in the <c>apikey</c> header.
    /// A REST API key has full access to the app: keep it on a server, never in a client app.
    /// </summary>
    [CometChatApiKey]
    public string? ApiKey { get; set; }

    /// <summary>
    /// Overrides the chat API address (normally <c>https://{appId}.api-{region}.cometchat.io/v3</c>),
    /// for example to point at the local emulator. When set, <see cref="AppId"/> is not needed to build addresses.
    /// </summary>
    public Uri? BaseUri { get; set; }

    /// <summary>
    /// Overrides the calls API address (normally <c>https://{appId}.call-{region}.cometchat.io/v3</c>).
    /// When only <see cref="BaseUri"/> is set, calls go to <see cref="BaseUri"/> too.
    /// </summary>
    public Uri? CallsBaseUri { get; set; }

    /// <summary>Extra text appended to the <c>User-Agent</c> header, for example your app's name and version.</summary>
    public string? UserAgent { get; set; }

    /// <summary>
    /// Time allowed for one HTTP request when the client creates its own <see cref="System.Net.Http.HttpClient"/>.
    /// Defaults to 100 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>When and how failed requests are sent again (429s, server errors, timeouts). Never null.</summary>
    public CometChatRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Paces requests on the client side: at most this many HTTP attempts (retries included) a minute, spread evenly
    /// (one every <c>60 / n</c> seconds), shared by every call on the client and its <c>OnBehalfOf</c> views.
    /// Null (the default) sends at once. Meant for bulk work, so a job waits instead of collecting 429s:
    /// CometChat allows 60 data-import calls a minute and 10,000 core calls.
    /// </summary>
    public int? MaxRequestsPerMinute { get; set; }

    /// <summary>
    /// Where the client logs its calls (operation, method, route template, status, duration, attempts, error code;
    /// never the API key, tokens, filled-in paths or bodies). Null logs nothing; <c>AddCometChat</c> uses the container's.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock used for retry waits and rate-limit times. Defaults to <see cref="TimeProvider.System"/>; meant for tests.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the settings and throws an exception that says what is wrong.</summary>
    /// <exception cref="ArgumentException">A setting is missing or malformed.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("CometChatClientOptions.ApiKey is required: the REST API key from the CometChat dashboard.", nameof(ApiKey));
        }

        if (BaseUri is null)
        {
            if (string.IsNullOrWhiteSpace(AppId))
            {
                throw new ArgumentException("CometChatClientOptions.AppId is required unless BaseUri is set.", nameof(AppId));
            }

            if (Uri.CheckHostName(AppId) == UriHostNameType.Unknown || AppId.Contains('.', StringComparison.Ordinal))
            {
                throw new ArgumentException($"CometChatClientOptions.AppId '{AppId}' cannot be part of a host name.", nameof(AppId));
            }
        }

        CheckAbsolute(BaseUri, nameof(BaseUri));
        CheckAbsolute(CallsBaseUri, nameof(CallsBaseUri));

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("CometChatClientOptions.Timeout must be positive.", nameof(Timeout));
        }

        if (Retry is null)
        {
            throw new ArgumentException("CometChatClientOptions.Retry cannot be null; set MaxRetries = 0 to turn retries off.", nameof(Retry));
        }

        Retry.Validate();

        if (MaxRequestsPerMinute is { } perMinute && (perMinute < 1 || perMinute > 6_000_000))
        {
            throw new ArgumentException($"CometChatClientOptions.MaxRequestsPerMinute must be between 1 and 6,000,000, or null for no client-side limit; it is {perMinute}.", nameof(MaxRequestsPerMinute));
        }

        if (TimeProvider is null)
        {
            throw new ArgumentException("CometChatClientOptions.TimeProvider cannot be null.", nameof(TimeProvider));
        }
    }

    /// <summary>The chat API base address these options select, ending with a slash.</summary>
    public Uri GetChatBaseUri() =>
        WithTrailingSlash(BaseUri ?? new Uri($"https://{AppId}.api-{Region.Value}.cometchat.io/v3/"));

    /// <summary>The calls API base address these options select, ending with a slash.</summary>
    public Uri GetCallsBaseUri() =>
        WithTrailingSlash(CallsBaseUri ?? BaseUri ?? new Uri($"https://{AppId}.call-{Region.Value}.cometchat.io/v3/"));

    private static void CheckAbsolute(Uri? uri, string name)
    {
        if (uri is not null && (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            throw new ArgumentException($"CometChatClientOptions.{name} must be an absolute http or https address; '{uri}' is not.", name);
        }
    }

    // Relative request paths resolve against the last segment unless the base ends with '/'.
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
