using System.Collections.Generic;
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

/// <summary>The seven Users operations: create, list, get, update, delete, deactivate and reactivate.</summary>
internal sealed class UsersEndpoints
{
    private static readonly string[] s_createRequired = ["uid", "name"];
    private static readonly string[] s_deactivateRequired = ["uidsToDeactivate"];
    private static readonly string[] s_reactivateRequired = ["uidsToActivate"];

    private readonly EmulatorStore _store;

    public UsersEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/users", CreateAsync).WithMetadata(AllowAuthOnlyKey.Instance, RateLimitClass.Core);
        routes.MapGet("/v3/users", ListAsync);
        routes.MapPut("/v3/users", ReactivateAsync);
        routes.MapDelete("/v3/users", DeactivateAsync);
        routes.MapGet("/v3/users/{uid}", GetAsync);
        routes.MapPut("/v3/users/{uid}", UpdateAsync);
        routes.MapDelete("/v3/users/{uid}", DeleteAsync).WithMetadata(RateLimitClass.Core);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateUserRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);

        var errors = new ValidationErrors();
        if (request.Uid.Length == 0)
        {
            errors.Required("uid", request.Uid);
        }
        else
        {
            errors.Identifier("uid", request.Uid, IdentifierKind.Uid);
        }

        errors.Required("name", request.Name);
        CheckProfile(errors, request.Name, request.Avatar, request.Link, request.Role, request.Tags, request.Metadata);
        errors.ThrowIfAny();

        var user = _store.CreateUser(request);
        await JsonResponse.WriteDataAsync(context, user, UserJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);

        var searchIn = query.List("searchIn");
        foreach (var field in searchIn)
        {
            if (field != UserSearchField.Name.Value && field != UserSearchField.Uid.Value)
            {
                query.Errors.Add("searchIn", $"The searchIn field accepts name and uid, not '{field}'.");
            }
        }

        var status = query.String("status");
        if (status is not null && status != UserStatus.Available.Value && status != UserStatus.Offline.Value)
        {
            query.Errors.Add("status", $"The status field accepts available and offline, not '{status}'.");
        }

        var tags = query.List("tags");
        if (tags.Count > ValidationErrors.MaxTags)
        {
            query.Errors.Add("tags", $"The tags may not have more than {ValidationErrors.MaxTags} items.");
        }

        var filter = new UserQuery
        {
            SearchKey = query.String("searchKey"),
            SearchInName = searchIn.Count == 0 || searchIn.Contains(UserSearchField.Name.Value),
            SearchInUid = searchIn.Count == 0 || searchIn.Contains(UserSearchField.Uid.Value),
            Status = status,
            Role = query.String("role"),
            Roles = query.List("roles"),
            Tags = tags,
            WithTags = query.Boolean("withTags"),
            OnlyDeactivated = query.Boolean("onlyDeactivated"),
            WithDeactivated = query.Boolean("withDeactivated"),
        };

        // CometChat's count flag asks for the total, which meta.pagination always carries here: only check it.
        _ = query.Boolean("count");
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListUsers(filter, paging);
        await JsonResponse.WritePageAsync(context, page, UserJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeactivateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, DeactivateUsersRequestJsonConverter.Instance, s_deactivateRequired).ConfigureAwait(false);
        RequireItems("uidsToDeactivate", request.UidsToDeactivate);

        var result = new DeactivateUsersResult { DeactivatedUids = _store.DeactivateUsers(request.UidsToDeactivate) };
        await JsonResponse.WriteDataAsync(context, result, DeactivateUsersResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ReactivateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ReactivateUsersRequestJsonConverter.Instance, s_reactivateRequired).ConfigureAwait(false);
        RequireItems("uidsToActivate", request.UidsToActivate);

        // CometChat really names the reactivated UIDs "nonDeactivatedUids".
        var result = new ReactivateUsersResult { NonDeactivatedUids = _store.ReactivateUsers(request.UidsToActivate) };
        await JsonResponse.WriteDataAsync(context, result, ReactivateUsersResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var user = _store.GetUser(context.RouteValue("uid"), context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, user, UserJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateUserRequestJsonConverter.Instance, []).ConfigureAwait(false);

        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
        }

        CheckProfile(errors, request.Name, request.Avatar, request.Link, request.Role, request.Tags, request.Metadata);
        foreach (var field in request.Unset ?? [])
        {
            if (!field.IsKnown)
            {
                errors.Add("unset", $"The unset field accepts avatar, link and metadata, not '{field.Value}'.");
            }
        }

        errors.ThrowIfAny();

        var user = _store.UpdateUser(context.RouteValue("uid"), request);
        await JsonResponse.WriteDataAsync(context, user, UserJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var uid = context.RouteValue("uid");
        var request = await JsonBody.ReadOptionalAsync(context, DeleteUserRequestJsonConverter.Instance).ConfigureAwait(false);

        // Without permanent: true, CometChat only deactivates the user.
        _store.DeleteUser(uid, permanent: request?.Permanent == true);

        var result = new DeleteResult { Success = true, Message = $"User with {CometChatIdentifier.Normalize(uid)} has been deleted successfully." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private static void CheckProfile(ValidationErrors errors, string? name, string? avatar, string? link, string? role, IList<string>? tags, JsonObject? metadata)
    {
        errors.MaxLength("name", name, ValidationErrors.MaxNameLength);
        errors.MaxLength("avatar", avatar, ValidationErrors.MaxUrlLength);
        errors.MaxLength("link", link, ValidationErrors.MaxUrlLength);
        errors.Identifier("role", role, IdentifierKind.Role);
        errors.Tags("tags", tags);
        errors.Metadata("metadata", metadata);
    }

    private static void RequireItems(string field, IList<string> uids)
    {
        if (uids.Count == 0)
        {
            throw ApiError.Validation(field, $"The {field} field is required.");
        }
    }
}
