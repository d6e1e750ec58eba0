using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The six RBAC operations: list, set and unset permissions of a role or of a group member scope.</summary>
internal sealed class RbacEndpoints
{
    private static readonly string[] s_setRequired = ["permissions"];

    private readonly EmulatorStore _store;

    public RbacEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v3/roles/{role}/permissions", ListRoleAsync);
        routes.MapPut("/v3/roles/{role}/permissions", SetRoleAsync);
        routes.MapDelete("/v3/roles/{role}/permissions/{permission}", UnsetRoleAsync);
        routes.MapGet("/v3/groups/{guid}/scopes/{scope}/permissions", ListScopeAsync);
        routes.MapPut("/v3/groups/{guid}/scopes/{scope}/permissions", SetScopeAsync);
        routes.MapDelete("/v3/groups/{guid}/scopes/{scope}/permissions/{permission}", UnsetScopeAsync);
    }

    private async Task ListRoleAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListRolePermissions(context.RouteValue("role"), paging);
        await JsonResponse.WritePageAsync(context, page, PermissionDefinitionJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task SetRoleAsync(HttpContext context)
    {
        var request = await ReadAsync(context, PermissionCatalog.RoleType).ConfigureAwait(false);
        var result = _store.SetRolePermissions(context.RouteValue("role"), request.Permissions);
        await JsonResponse.WriteDataAsync(context, result, PermissionSetJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UnsetRoleAsync(HttpContext context)
    {
        var permission = CheckPermission(PermissionCatalog.RoleType, context.RouteValue("permission"));
        var result = _store.UnsetRolePermission(context.RouteValue("role"), permission);
        await JsonResponse.WriteDataAsync(context, result, PermissionSetJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListScopeAsync(HttpContext context)
    {
        CheckScope(context);
        var query = new QueryReader(context.Request);
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListScopePermissions(context.RouteValue("guid"), paging);
        await JsonResponse.WritePageAsync(context, page, PermissionDefinitionJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task SetScopeAsync(HttpContext context)
    {
        var scope = CheckScope(context);
        var request = await ReadAsync(context, PermissionCatalog.ScopeType).ConfigureAwait(false);
        var result = _store.SetScopePermissions(context.RouteValue("guid"), scope, request.Permissions);
        await JsonResponse.WriteDataAsync(context, result, PermissionSetJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UnsetScopeAsync(HttpContext context)
    {
        var scope = CheckScope(context);
        var permission = CheckPermission(PermissionCatalog.ScopeType, context.RouteValue("permission"));
        var result = _store.UnsetScopePermission(context.RouteValue("guid"), scope, permission);
        await JsonResponse.WriteDataAsync(context, result, PermissionSetJsonConverter.Instance).ConfigureAwait(false);
    }

    private static async Task<SetPermissionsRequest> ReadAsync(HttpContext context, string type)
    {
        var request = await JsonBody.ReadAsync(context, SetPermissionsRequestJsonConverter.Instance, s_setRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.Permissions.Count == 0)
        {
            errors.Add("permissions", "The permissions field needs at least one permission.");
        }

        foreach (var (id, value) in request.Permissions)
        {
            if (PermissionCatalog.Check(type, id, value) is { } problem)
            {
                errors.Add("permissions." + id, problem);
            }
        }

        errors.ThrowIfAny();
        return request;
    }

    private static string CheckPermission(string type, string permission)
    {
        var definitions = PermissionCatalog.Definitions(type);
        return definitions.Exists(d => d.Id == permission)
            ? permission
            : throw ApiError.Validation("permission", $"The permission {permission} does not exist for a {type}.");
    }

    private static string CheckScope(HttpContext context)
    {
        var scope = context.RouteValue("scope");
        return new GroupMemberScope(scope).IsKnown
            ? scope
            : throw ApiError.Validation("scope", $"The scope accepts admin, moderator and participant, not '{scope}'.");
    }
}
