using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The three Banned Users operations: ban, unban and list.</summary>
internal sealed class BannedUsersEndpoints
{
    private readonly EmulatorStore _store;

    public BannedUsersEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/groups/{guid}/bannedusers/{uid}", BanAsync);
        routes.MapDelete("/v3/groups/{guid}/bannedusers/{uid}", UnbanAsync);
        routes.MapGet("/v3/groups/{guid}/bannedusers", ListAsync);
    }

    private async Task BanAsync(HttpContext context)
    {
        var (guid, uid) = (context.RouteValue("guid"), context.RouteValue("uid"));
        _store.BanUser(guid, uid, context.Header("onBehalfOf"));

        var result = new DeleteResult
        {
            Success = true,
            Message = $"The user with uid {CometChatIdentifier.Normalize(uid)} has been banned from the group {CometChatIdentifier.Normalize(guid)}.",
        };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UnbanAsync(HttpContext context)
    {
        var (guid, uid) = (context.RouteValue("guid"), context.RouteValue("uid"));
        _store.UnbanUser(guid, uid, context.Header("onBehalfOf"));

        var result = new DeleteResult
        {
            Success = true,
            Message = $"The user with uid {CometChatIdentifier.Normalize(uid)} has been unbanned from the group {CometChatIdentifier.Normalize(guid)}.",
        };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListBannedUsers(context.RouteValue("guid"), paging);
        await JsonResponse.WritePageAsync(context, page, UserJsonConverter.Instance).ConfigureAwait(false);
    }
}
