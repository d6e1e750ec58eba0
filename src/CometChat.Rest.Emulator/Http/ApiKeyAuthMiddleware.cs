using System.Threading.Tasks;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Endpoint metadata: the operation may be called with an <c>authOnly</c> key (CometChat allows only creating
/// users and creating auth tokens).
/// </summary>
internal sealed class AllowAuthOnlyKey
{
    public static AllowAuthOnlyKey Instance { get; } = new();

    private AllowAuthOnlyKey()
    {
    }
}

/// <summary>Endpoint metadata: the catch-all that answers <c>ERR_API_NOT_FOUND</c>.</summary>
internal sealed class UnknownApi
{
    public static UnknownApi Instance { get; } = new();

    private UnknownApi()
    {
    }
}

/// <summary>
/// Checks the <c>apikey</c> header against the app's API keys and the key's scope against the operation.
/// Runs after routing, so it knows which operation was matched.
/// </summary>
internal sealed class ApiKeyAuthMiddleware
{
    private const string CallerKeyItem = "CometChat.Emulator.ApiKey";

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public ApiKeyAuthMiddleware(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    /// <summary>The API key the request was authenticated with.</summary>
    public static string GetCallerKey(HttpContext context) => (string)context.Items[CallerKeyItem]!;

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var key = context.Request.Headers["apikey"].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            throw ApiError.EmptyApiKey();
        }

        var scope = _store.FindApiKeyScope(key) ?? throw ApiError.ApiKeyNotFound(_appId);

        var endpoint = context.GetEndpoint();
        if (scope != ApiKeyScope.FullAccess
            && endpoint?.Metadata.GetMetadata<UnknownApi>() is null
            && endpoint?.Metadata.GetMetadata<AllowAuthOnlyKey>() is null)
        {
            throw ApiError.NoAccess(context.Request.Method, context.Request.Path.Value ?? "/");
        }

        context.Items[CallerKeyItem] = key;
        return next(context);
    }
}
