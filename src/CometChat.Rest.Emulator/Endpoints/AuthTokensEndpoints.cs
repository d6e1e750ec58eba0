using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The six Auth Tokens operations: create, list, flush, get, update and delete.</summary>
internal sealed class AuthTokensEndpoints
{
    private readonly EmulatorStore _store;

    public AuthTokensEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/users/{uid}/auth_tokens", CreateAsync).WithMetadata(AllowAuthOnlyKey.Instance, RateLimitClass.Core);
        routes.MapGet("/v3/users/{uid}/auth_tokens", ListAsync);
        routes.MapDelete("/v3/users/{uid}/auth_tokens", FlushAsync);
        routes.MapGet("/v3/users/{uid}/auth_tokens/{authToken}", GetAsync);
        routes.MapPut("/v3/users/{uid}/auth_tokens/{authToken}", UpdateAsync);
        routes.MapDelete("/v3/users/{uid}/auth_tokens/{authToken}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadOptionalAsync(context, CreateAuthTokenRequestJsonConverter.Instance).ConfigureAwait(false);
        var token = _store.CreateAuthToken(context.RouteValue("uid"), force: request?.Force == true);
        await JsonResponse.WriteDataAsync(context, token, AuthTokenJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListAuthTokens(context.RouteValue("uid"), paging);
        await JsonResponse.WritePageAsync(context, page, AuthTokenJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task FlushAsync(HttpContext context)
    {
        var uid = context.RouteValue("uid");
        _store.FlushAuthTokens(uid);

        var result = new DeleteResult { Success = true, Message = $"Cleared Auth Tokens successfully for uid {CometChatIdentifier.Normalize(uid)}." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var token = _store.GetAuthToken(context.RouteValue("uid"), context.RouteValue("authToken"));
        await JsonResponse.WriteDataAsync(context, token, AuthTokenJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateAuthTokenRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var token = _store.UpdateAuthToken(context.RouteValue("uid"), context.RouteValue("authToken"), request);
        await JsonResponse.WriteDataAsync(context, token, AuthTokenJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var uid = context.RouteValue("uid");
        var authToken = context.RouteValue("authToken");
        _store.DeleteAuthToken(uid, authToken);

        var result = new DeleteResult { Success = true, Message = $"Auth Token {authToken} has been deleted successfully for uid {CometChatIdentifier.Normalize(uid)}." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }
}
