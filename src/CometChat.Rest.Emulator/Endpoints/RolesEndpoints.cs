using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The five Roles operations: create, list, get, update and delete.</summary>
internal sealed class RolesEndpoints
{
    private static readonly string[] s_createRequired = ["role", "name"];

    private readonly EmulatorStore _store;

    public RolesEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/roles", CreateAsync);
        routes.MapGet("/v3/roles", ListAsync);
        routes.MapGet("/v3/roles/{role}", GetAsync);
        routes.MapPut("/v3/roles/{role}", UpdateAsync);
        routes.MapDelete("/v3/roles/{role}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateRoleRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);

        var errors = new ValidationErrors();
        if (request.Role.Length == 0)
        {
            errors.Required("role", request.Role);
        }
        else
        {
            errors.Identifier("role", request.Role, IdentifierKind.Role);
        }

        errors.Required("name", request.Name);
        CheckDetails(errors, request.Name, request.Description, request.Metadata, request.Settings);
        errors.ThrowIfAny();

        var role = _store.CreateRole(request);
        await JsonResponse.WriteDataAsync(context, role, RoleJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListRoles(paging);
        await JsonResponse.WritePageAsync(context, page, RoleJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var role = _store.GetRole(context.RouteValue("role"));
        await JsonResponse.WriteDataAsync(context, role, RoleJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateRoleRequestJsonConverter.Instance, []).ConfigureAwait(false);

        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
        }

        CheckDetails(errors, request.Name, request.Description, request.Metadata, request.Settings);
        errors.ThrowIfAny();

        var role = _store.UpdateRole(context.RouteValue("role"), request);
        await JsonResponse.WriteDataAsync(context, role, RoleJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var role = _store.DeleteRole(context.RouteValue("role"));

        var result = new DeleteResult { Success = true, Message = $"Role {role} has been deleted successfully." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private static void CheckDetails(ValidationErrors errors, string? name, string? description, JsonObject? metadata, RoleSettings? settings)
    {
        errors.MaxLength("name", name, ValidationErrors.MaxNameLength);
        errors.MaxLength("description", description, ValidationErrors.MaxDescriptionLength);
        errors.Metadata("metadata", metadata);
        if (settings?.ListUsers is { IsKnown: false } listUsers)
        {
            errors.Add("settings.listUsers", $"The listUsers setting accepts all and friendsOnly, not '{listUsers.Value}'.");
        }

        if (settings?.SendMessagesTo is { IsKnown: false } sendTo)
        {
            errors.Add("settings.sendMessagesTo", $"The sendMessagesTo setting accepts all and friendsOnly, not '{sendTo.Value}'.");
        }
    }
}
