using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The five Agent Builder MCP server operations, answered without a <c>data</c> envelope.</summary>
internal sealed class McpServersEndpoints
{
    private const string Route = "/v3/ai-agents/agent-builder/mcp-servers";

    private static readonly string[] s_createRequired = ["name", "slug", "url"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public McpServersEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, context => CursorResponse.WriteListAsync(context, _store.ListMcpServers, McpServerJsonConverter.Instance));
        routes.MapGet(Route + "/{slug}", GetAsync);
        routes.MapPatch(Route + "/{slug}", UpdateAsync);
        routes.MapDelete(Route + "/{slug}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateMcpServerRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("name", request.Name);
        errors.Required("slug", request.Slug);
        AgentApiToolsEndpoints.CheckUrl(errors, "url", request.Url);
        errors.ThrowIfAny();

        var server = _store.CreateMcpServer(_appId, request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status201Created, server, McpServerJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var server = _store.GetMcpServer(context.RouteValue("slug"));
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, server, McpServerJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateMcpServerRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
        }

        AgentApiToolsEndpoints.CheckUrl(errors, "url", request.Url);
        errors.ThrowIfAny();

        var server = _store.UpdateMcpServer(context.RouteValue("slug"), request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, server, McpServerJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        _store.DeleteMcpServer(context.RouteValue("slug"));
        var result = new AiSuccessMessage { Success = true, Message = "MCP server deleted successfully" };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, result, AiSuccessMessageJsonConverter.Instance).ConfigureAwait(false);
    }
}
