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

/// <summary>The five API Keys operations: create, list, get, update and delete.</summary>
internal sealed class ApiKeysEndpoints
{
    private static readonly string[] s_createRequired = ["name"];

    // CometChat's create-key scope defaults to authOnly.
    private static readonly KeyValuePair<string, string>[] s_createDefaults = [new("scope", "authOnly")];

    private readonly EmulatorStore _store;

    public ApiKeysEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/apikeys", CreateAsync);
        routes.MapGet("/v3/apikeys", ListAsync);
        routes.MapGet("/v3/apikeys/{apiKey}", GetAsync);
        routes.MapPut("/v3/apikeys/{apiKey}", UpdateAsync);
        routes.MapDelete("/v3/apikeys/{apiKey}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateApiKeyRequestJsonConverter.Instance, s_createRequired, s_createDefaults).ConfigureAwait(false);

        var errors = new ValidationErrors();
        errors.Required("name", request.Name);
        errors.MaxLength("name", request.Name, ValidationErrors.MaxNameLength);
        CheckScope(errors, request.Scope);
        errors.ThrowIfAny();

        var key = _store.CreateApiKey(request.Name, request.Scope);
        await JsonResponse.WriteDataAsync(context, key, ApiKeyJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var scope = query.String("scope") is { } text ? new ApiKeyScope(text) : (ApiKeyScope?)null;
        if (scope is { } value)
        {
            CheckScope(query.Errors, value);
        }

        var searchKey = query.String("searchKey");
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListApiKeys(scope, searchKey, paging);
        await JsonResponse.WritePageAsync(context, page, ApiKeyJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var key = _store.GetApiKey(context.RouteValue("apiKey"));
        await JsonResponse.WriteDataAsync(context, key, ApiKeyJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateApiKeyRequestJsonConverter.Instance, []).ConfigureAwait(false);

        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
            errors.MaxLength("name", request.Name, ValidationErrors.MaxNameLength);
        }

        if (request.Scope is { } scope)
        {
            CheckScope(errors, scope);
        }

        errors.ThrowIfAny();

        var callerKey = ApiKeyAuthMiddleware.GetCallerKey(context);
        var key = _store.UpdateApiKey(callerKey, context.RouteValue("apiKey"), request.Name, request.Scope);
        await JsonResponse.WriteDataAsync(context, key, ApiKeyJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var apiKey = context.RouteValue("apiKey");
        _store.DeleteApiKey(ApiKeyAuthMiddleware.GetCallerKey(context), apiKey);

        var result = new DeleteResult { Success = true, Message = $"The Api Key {apiKey} has been deleted successfully." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private static void CheckScope(ValidationErrors errors, ApiKeyScope scope)
    {
        if (!scope.IsKnown)
        {
            errors.Add("scope", $"The scope field accepts authOnly and fullAccess, not '{scope.Value}'.");
        }
    }
}
