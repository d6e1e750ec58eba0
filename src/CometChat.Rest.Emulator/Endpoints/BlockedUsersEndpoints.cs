using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The three Blocked Users operations: block, unblock and list.</summary>
internal sealed class BlockedUsersEndpoints
{
    private static readonly string[] s_required = ["blockedUids"];

    private readonly EmulatorStore _store;

    public BlockedUsersEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/users/{uid}/blockedusers", BlockAsync);
        routes.MapDelete("/v3/users/{uid}/blockedusers", UnblockAsync);
        routes.MapGet("/v3/users/{uid}/blockedusers", ListAsync);
    }

    private async Task BlockAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, BlockUsersRequestJsonConverter.Instance, s_required).ConfigureAwait(false);
        FriendsEndpoints.CheckUids("blockedUids", request.BlockedUids);

        var result = _store.BlockUsers(context.RouteValue("uid"), request.BlockedUids);
        await JsonResponse.WriteMapAsync(context, result, OperationResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UnblockAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UnblockUsersRequestJsonConverter.Instance, s_required).ConfigureAwait(false);
        FriendsEndpoints.CheckUids("blockedUids", request.BlockedUids);

        var result = _store.UnblockUsers(context.RouteValue("uid"), request.BlockedUids);
        await JsonResponse.WriteMapAsync(context, result, OperationResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListBlockedUsers(context.RouteValue("uid"), paging);
        await JsonResponse.WritePageAsync(context, page, UserJsonConverter.Instance).ConfigureAwait(false);
    }
}
