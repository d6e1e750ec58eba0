using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

/// <summary>The five Groups operations: create, list, get, update and delete.</summary>
internal sealed class GroupsEndpoints
{
    private static readonly string[] s_createRequired = ["guid", "name", "type"];

    private readonly EmulatorStore _store;

    public GroupsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/groups", CreateAsync).WithMetadata(RateLimitClass.Core);
        routes.MapGet("/v3/groups", ListAsync);
        routes.MapGet("/v3/groups/{guid}", GetAsync);
        routes.MapPut("/v3/groups/{guid}", UpdateAsync);
        routes.MapDelete("/v3/groups/{guid}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateGroupRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);

        var errors = new ValidationErrors();
        if (request.Guid.Length == 0)
        {
            errors.Required("guid", request.Guid);
        }
        else
        {
            errors.Identifier("guid", request.Guid, IdentifierKind.Guid);
        }

        errors.Required("name", request.Name);
        CheckType(errors, request.Type);
        errors.Identifier("owner", request.Owner, IdentifierKind.Uid);
        CheckDetails(errors, request.Name, request.Password, request.Icon, request.Description, request.Tags, request.Metadata);
        if (request.Members is { } members)
        {
            GroupMembersEndpoints.CheckMembers(errors, "members.", members.Admins, members.Moderators, members.Participants, members.UsersToBan);
        }

        errors.ThrowIfAny();

        var (group, _) = _store.CreateGroup(request, context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, group, GroupJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var onBehalfOf = context.Header("onBehalfOf");

        var searchIn = query.List("searchIn");
        foreach (var field in searchIn.Where(field => !new GroupSearchField(field).IsKnown))
        {
            query.Errors.Add("searchIn", $"The searchIn field accepts name and guid, not '{field}'.");
        }

        var types = query.List("types");
        foreach (var type in types.Where(type => !new GroupType(type).IsKnown))
        {
            query.Errors.Add("types", $"The types field accepts public, password and private, not '{type}'.");
        }

        var tags = query.List("tags");
        if (tags.Count > ValidationErrors.MaxTags)
        {
            query.Errors.Add("tags", string.Create(CultureInfo.InvariantCulture, $"The tags may not have more than {ValidationErrors.MaxTags} items."));
        }

        var hasJoined = query.Boolean("hasJoined");
        if (hasJoined && onBehalfOf is null)
        {
            query.Errors.Add("hasJoined", "The hasJoined filter needs the onBehalfOf header: it lists the groups that user joined.");
        }

        var sortBy = query.String("sortBy") ?? GroupSortField.CreatedAt.Value;
        if (!new GroupSortField(sortBy).IsKnown)
        {
            query.Errors.Add("sortBy", $"The sortBy field accepts name, guid and createdAt, not '{sortBy}'.");
        }

        var sortOrder = query.String("sortOrder") ?? SortOrder.Asc.Value;
        if (!new SortOrder(sortOrder).IsKnown)
        {
            query.Errors.Add("sortOrder", $"The sortOrder field accepts asc and desc, not '{sortOrder}'.");
        }

        var affix = query.String("affix");
        if (affix is not null && !new CursorAffix(affix).IsKnown)
        {
            query.Errors.Add("affix", $"The affix field accepts append and prepend, not '{affix}'.");
        }

        var updatedAt = query.Long("updatedAt");
        var filter = new GroupQuery
        {
            SearchKey = query.String("searchKey"),
            SearchInName = searchIn.Count == 0 || searchIn.Contains(GroupSearchField.Name.Value),
            SearchInGuid = searchIn.Count == 0 || searchIn.Contains(GroupSearchField.Guid.Value),
            Types = types,
            Tags = tags,
            WithTags = query.Boolean("withTags"),
            HasJoined = hasJoined,
            SortBy = sortBy,
            Descending = sortOrder == SortOrder.Desc.Value,
            Affix = affix,
            UpdatedAt = updatedAt,
        };
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListGroups(filter, onBehalfOf, paging);
        await JsonResponse.WritePageAsync(context, page, GroupJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var group = _store.GetGroup(context.RouteValue("guid"), context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, group, GroupJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateGroupRequestJsonConverter.Instance, []).ConfigureAwait(false);

        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
        }

        if (request.Type is { } type)
        {
            CheckType(errors, type);
        }

        errors.Identifier("owner", request.Owner, IdentifierKind.Uid);
        CheckDetails(errors, request.Name, request.Password, request.Icon, request.Description, request.Tags, request.Metadata);
        foreach (var field in request.Unset ?? [])
        {
            if (!field.IsKnown)
            {
                errors.Add("unset", $"The unset field accepts icon, description and metadata, not '{field.Value}'.");
            }
        }

        errors.ThrowIfAny();

        var group = _store.UpdateGroup(context.RouteValue("guid"), request, context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, group, GroupJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var guid = context.RouteValue("guid");
        _store.DeleteGroup(guid, context.Header("onBehalfOf"));

        var result = new DeleteResult { Success = true, Message = $"Group {CometChatIdentifier.Normalize(guid)} has been deleted successfully." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private static void CheckType(ValidationErrors errors, GroupType type)
    {
        if (!type.IsKnown)
        {
            errors.Add("type", $"The type field accepts public, password and private, not '{type.Value}'.");
        }
    }

    private static void CheckDetails(ValidationErrors errors, string? name, string? password, string? icon, string? description, IList<string>? tags, JsonObject? metadata)
    {
        errors.MaxLength("name", name, ValidationErrors.MaxNameLength);
        errors.MaxLength("password", password, ValidationErrors.MaxPasswordLength);
        errors.MaxLength("icon", icon, ValidationErrors.MaxUrlLength);
        errors.MaxLength("description", description, ValidationErrors.MaxDescriptionLength);
        errors.Tags("tags", tags);
        errors.Metadata("metadata", metadata);
    }
}
