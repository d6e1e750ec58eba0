using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The four Group Members operations: add, list, change scope and kick.</summary>
internal sealed class GroupMembersEndpoints
{
    private static readonly string[] s_scopeRequired = ["scope"];

    private readonly EmulatorStore _store;

    public GroupMembersEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/groups/{guid}/members", AddAsync);
        routes.MapGet("/v3/groups/{guid}/members", ListAsync);
        routes.MapPut("/v3/groups/{guid}/members/{uid}", ChangeScopeAsync);
        routes.MapDelete("/v3/groups/{guid}/members/{uid}", KickAsync);
    }

    /// <summary>
    /// Checks the four UID lists of an add-members (or create-group) request: valid UIDs, at most 25 in all, and at
    /// least one.
    /// </summary>
    public static void CheckMembers(ValidationErrors errors, string prefix, IList<string>? admins, IList<string>? moderators, IList<string>? participants, IList<string>? usersToBan)
    {
        errors.Identifiers(prefix + "admins", admins, IdentifierKind.Uid);
        errors.Identifiers(prefix + "moderators", moderators, IdentifierKind.Uid);
        errors.Identifiers(prefix + "participants", participants, IdentifierKind.Uid);
        errors.Identifiers(prefix + "usersToBan", usersToBan, IdentifierKind.Uid);
        var total = (admins?.Count ?? 0) + (moderators?.Count ?? 0) + (participants?.Count ?? 0) + (usersToBan?.Count ?? 0);
        if (total > ValidationErrors.MaxUidsPerCall)
        {
            errors.Add(prefix.Length == 0 ? "admins" : prefix.TrimEnd('.'), string.Create(CultureInfo.InvariantCulture, $"At most {ValidationErrors.MaxUidsPerCall} users can be added or banned in one call; this request has {total}."));
        }
    }

    private async Task AddAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, AddGroupMembersRequestJsonConverter.Instance, []).ConfigureAwait(false);

        var errors = new ValidationErrors();
        CheckMembers(errors, string.Empty, request.Admins, request.Moderators, request.Participants, request.UsersToBan);
        if ((request.Admins?.Count ?? 0) + (request.Moderators?.Count ?? 0) + (request.Participants?.Count ?? 0) + (request.UsersToBan?.Count ?? 0) == 0)
        {
            errors.Add("participants", "Give at least one UID in admins, moderators, participants or usersToBan.");
        }

        errors.ThrowIfAny();

        var result = _store.AddGroupMembers(context.RouteValue("guid"), request, context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, result, AddGroupMembersResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var scopes = query.List("scopes");
        foreach (var scope in scopes.Where(scope => !new GroupMemberScope(scope).IsKnown))
        {
            query.Errors.Add("scopes", $"The scopes field accepts admin, moderator and participant, not '{scope}'.");
        }

        var status = query.String("status");
        if (status is not null && status != UserStatus.Available.Value && status != UserStatus.Offline.Value)
        {
            query.Errors.Add("status", $"The status field accepts available and offline, not '{status}'.");
        }

        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListGroupMembers(context.RouteValue("guid"), scopes, status, paging);
        await JsonResponse.WritePageAsync(context, page, GroupMemberJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ChangeScopeAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ChangeGroupMemberScopeRequestJsonConverter.Instance, s_scopeRequired).ConfigureAwait(false);
        if (!request.Scope.IsKnown)
        {
            throw ApiError.Validation("scope", $"The scope field accepts admin, moderator and participant, not '{request.Scope.Value}'.");
        }

        var change = _store.ChangeMemberScope(context.RouteValue("guid"), context.RouteValue("uid"), request.Scope, context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, change, GroupMemberScopeChangeJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task KickAsync(HttpContext context)
    {
        var guid = context.RouteValue("guid");
        var uid = context.RouteValue("uid");
        _store.KickMember(guid, uid, context.Header("onBehalfOf"));

        var result = new DeleteResult
        {
            Success = true,
            Message = $"User {CometChatIdentifier.Normalize(uid)} has been kicked from the group {CometChatIdentifier.Normalize(guid)}.",
        };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }
}
