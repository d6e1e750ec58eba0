using System;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The five Agent Builder API tool operations. Like the AI agents service, answers carry no <c>data</c> envelope.</summary>
internal sealed class AgentApiToolsEndpoints
{
    private const string Route = "/v3/ai-agents/agent-builder/api-tools";

    private static readonly string[] s_createRequired = ["slug", "name", "description", "endpoint", "method", "enableBasicAuth"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public AgentApiToolsEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, context => CursorResponse.WriteListAsync(context, _store.ListApiTools, ApiToolJsonConverter.Instance));
        routes.MapGet(Route + "/{slug}", GetAsync);
        routes.MapPatch(Route + "/{slug}", UpdateAsync);
        routes.MapDelete(Route + "/{slug}", DeleteAsync);
    }

    /// <summary>An absolute http(s) URL, as the tool's endpoint and an MCP server's address must be.</summary>
    internal static void CheckUrl(ValidationErrors errors, string field, string? value)
    {
        if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add(field, $"The {field} must be an absolute http or https URL.");
        }
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateApiToolRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("slug", request.Slug);
        errors.Required("name", request.Name);
        CheckUrl(errors, "endpoint", request.Endpoint);
        CheckMethod(errors, request.Method);
        CheckBasicAuth(errors, request.EnableBasicAuth, request.BasicAuthUsername, request.BasicAuthPassword);
        errors.ThrowIfAny();

        var tool = _store.CreateApiTool(_appId, request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status201Created, tool, ApiToolJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var tool = _store.GetApiTool(context.RouteValue("slug"));
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, tool, ApiToolJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateApiToolRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.Slug is not null)
        {
            errors.Required("slug", request.Slug);
        }

        CheckUrl(errors, "endpoint", request.Endpoint);
        CheckMethod(errors, request.Method);
        if (request.EnableBasicAuth == true)
        {
            CheckBasicAuth(errors, true, request.BasicAuthUsername, request.BasicAuthPassword);
        }

        errors.ThrowIfAny();

        var tool = _store.UpdateApiTool(context.RouteValue("slug"), request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, tool, ApiToolJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        _store.DeleteApiTool(context.RouteValue("slug"));
        var result = new AiSuccessMessage { Success = true, Message = "API tool deleted successfully" };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, result, AiSuccessMessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private static void CheckMethod(ValidationErrors errors, ApiToolHttpMethod? method)
    {
        if (method is { IsKnown: false } unknown)
        {
            errors.Add("method", $"The method must be GET, POST, PUT, PATCH or DELETE, not '{unknown.Value}'.");
        }
    }

    private static void CheckBasicAuth(ValidationErrors errors, bool enabled, string? username, string? password)
    {
        if (enabled && (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password)))
        {
            errors.Add("basicAuthUsername", "Basic authentication needs basicAuthUsername and basicAuthPassword.");
        }
    }
}
