using System.Collections.Generic;
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

/// <summary>
/// Agent Builder agents: create, list (cursor pages), get, update, delete, and linking tools, MCP servers, API tools
/// and frontend actions, and what is enabled. Tool search, tool actions and knowledge-base links are not emulated.
/// </summary>
internal sealed class AgentBuilderEndpoints
{
    private const string Route = "/v3/ai-agents/agent-builder/agents";

    private static readonly string[] s_createRequired = ["name"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public AgentBuilderEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, ListAsync);
        routes.MapGet(Route + "/{uid}", GetAsync);
        routes.MapPatch(Route + "/{uid}", UpdateAsync);
        routes.MapDelete(Route + "/{uid}", DeleteAsync);
        routes.MapGet(Route + "/{uid}/enabled-items", ListEnabledItemsAsync);
        routes.MapGet(Route + "/{uid}/tools/search", SearchToolsAsync);
        routes.MapPatch(Route + "/{uid}/tools/{slug}/actions/add", context => SetToolActionsAsync(context, enable: true));
        routes.MapPatch(Route + "/{uid}/tools/{slug}/actions/remove", context => SetToolActionsAsync(context, enable: false));
        routes.MapGet(Route + "/{uid}/tools/{slug}/actions", ListToolActionsAsync);
        MapLink(routes, "tools", EmulatorStore.AgentLink.Tools, async context => (await JsonBody.ReadAsync(context, AgentToolsRequestJsonConverter.Instance, ["tools"]).ConfigureAwait(false)).Tools);
        MapLink(routes, "mcp", EmulatorStore.AgentLink.McpServers, async context => (await JsonBody.ReadAsync(context, AgentMcpServersRequestJsonConverter.Instance, ["mcps"]).ConfigureAwait(false)).Mcps);
        MapLink(routes, "api-tools", EmulatorStore.AgentLink.ApiTools, async context => (await JsonBody.ReadAsync(context, AgentApiToolsRequestJsonConverter.Instance, ["apiTools"]).ConfigureAwait(false)).ApiTools);
        MapLink(routes, "frontend-actions", EmulatorStore.AgentLink.FrontendActions, async context => (await JsonBody.ReadAsync(context, AgentFrontendActionsRequestJsonConverter.Instance, ["frontendActions"]).ConfigureAwait(false)).FrontendActions);
    }

    private void MapLink(IEndpointRouteBuilder routes, string segment, EmulatorStore.AgentLink link, System.Func<HttpContext, Task<IList<string>>> read)
    {
        routes.MapPatch($"{Route}/{{uid}}/{segment}/add", async context =>
        {
            var items = await read(context).ConfigureAwait(false);
            var agent = _store.LinkToAgent(context.RouteValue("uid"), link, items);
            await CursorResponse.WriteSuccessDataAsync(context, agent, AgentJsonConverter.Instance).ConfigureAwait(false);
        });
        routes.MapPatch($"{Route}/{{uid}}/{segment}/remove", async context =>
        {
            var items = await read(context).ConfigureAwait(false);
            var agent = _store.UnlinkFromAgent(context.RouteValue("uid"), link, items);
            await CursorResponse.WriteSuccessDataAsync(context, agent, AgentJsonConverter.Instance).ConfigureAwait(false);
        });
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateAgentRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("name", request.Name);
        errors.MaxLength("name", request.Name, ValidationErrors.MaxNameLength);
        errors.Metadata("metaData", request.MetaData);
        errors.ThrowIfAny();

        var agent = _store.CreateAgent(_appId, request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status201Created, new AgentCreated { Agent = agent }, AgentCreatedJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var search = query.String("search");
        var paging = CursorRequest.Read(query);
        query.Errors.ThrowIfAny();

        await CursorResponse.WritePageAsync(context, _store.ListAgents(search, paging), AgentJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListEnabledItemsAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        bool Include(string name) => query.OptionalBoolean(name) ?? true;
        var items = _store.ListAgentEnabledItems(context.RouteValue("uid"), Include("tools"), Include("frontendActions"), Include("apiTools"), Include("mcpServers"), query.String("key"));
        query.Errors.ThrowIfAny();
        await JsonResponse.WriteDataAsync(context, items, AgentEnabledItemsJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task SetToolActionsAsync(HttpContext context, bool enable)
    {
        var request = await JsonBody.ReadAsync(context, ToolActionsRequestJsonConverter.Instance, ["actions"]).ConfigureAwait(false);
        if (request.Actions.Count == 0 || request.Actions.Any(string.IsNullOrWhiteSpace))
        {
            throw ApiError.Validation("actions", "At least one action, none empty, is required.");
        }

        _store.SetAgentToolActions(context.RouteValue("uid"), context.RouteValue("slug"), request.Actions, enable);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, new AiSuccess { Success = true }, AiSuccessJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListToolActionsAsync(HttpContext context)
    {
        var actions = _store.ListAgentToolActions(context.RouteValue("uid"), context.RouteValue("slug"));
        await CursorResponse.WriteArrayAsync(context, actions.Select(name => new AgentToolAction { Name = name, DisplayName = name }), AgentToolActionJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task SearchToolsAsync(HttpContext context)
    {
        var results = _store.SearchAgentTools(context.RouteValue("uid"), new QueryReader(context.Request).String("key"));
        var answer = new AgentToolSearchResult { Success = true, Results = results };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, answer, AgentToolSearchResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var agent = _store.GetAgent(context.RouteValue("uid"));
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, agent, AgentJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateAgentRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
        }

        errors.MaxLength("name", request.Name, ValidationErrors.MaxNameLength);
        errors.Metadata("metaData", request.MetaData);
        errors.ThrowIfAny();

        _store.UpdateAgent(context.RouteValue("uid"), request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, new AiSuccess { Success = true }, AiSuccessJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var uid = context.RouteValue("uid");
        _store.DeleteAgent(uid);
        var result = new AiSuccessMessage { Success = true, Message = $"Agent with UID '{uid}' has been deleted successfully" };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, result, AiSuccessMessageJsonConverter.Instance).ConfigureAwait(false);
    }
}
