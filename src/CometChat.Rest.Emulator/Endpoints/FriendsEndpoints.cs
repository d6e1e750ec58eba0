using System.Collections.Generic;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The three Friends operations: add, list and remove.</summary>
internal sealed class FriendsEndpoints
{
    private static readonly string[] s_addRequired = ["accepted"];
    private static readonly string[] s_removeRequired = ["friends"];

    private readonly EmulatorStore _store;

    public FriendsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/users/{uid}/friends", AddAsync);
        routes.MapGet("/v3/users/{uid}/friends", ListAsync);
        routes.MapDelete("/v3/users/{uid}/friends", RemoveAsync);
    }

    /// <summary>Checks a required list of 1 to 25 valid UIDs.</summary>
    public static void CheckUids(string field, IList<string> uids)
    {
        var errors = new ValidationErrors();
        if (uids.Count == 0)
        {
            errors.Add(field, $"The {field} field is required.");
        }

        errors.Identifiers(field, uids, IdentifierKind.Uid);
        errors.ThrowIfAny();
    }

    private async Task AddAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, AddFriendsRequestJsonConverter.Instance, s_addRequired).ConfigureAwait(false);
        CheckUids("accepted", request.Accepted);

        var result = _store.AddFriends(context.RouteValue("uid"), request.Accepted);
        await JsonResponse.WriteDataAsync(context, result, AddFriendsResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var searchKey = query.String("searchKey");
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListFriends(context.RouteValue("uid"), searchKey, paging);
        await JsonResponse.WritePageAsync(context, page, UserJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task RemoveAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, RemoveFriendsRequestJsonConverter.Instance, s_removeRequired).ConfigureAwait(false);
        CheckUids("friends", request.Friends);

        var result = _store.RemoveFriends(context.RouteValue("uid"), request.Friends);
        await JsonResponse.WriteDataAsync(context, result, RemoveFriendsResultJsonConverter.Instance).ConfigureAwait(false);
    }
}
