using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The five bring-your-own tool operations, keyed by the tool's name.</summary>
internal sealed class AiAgentToolsEndpoints
{
    private const string Route = "/v3/ai-agents/tools";

    private static readonly string[] s_required = ["displayName", "executionText", "name"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public AiAgentToolsEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, ListAsync);
        routes.MapGet(Route + "/{name}", GetAsync);
        routes.MapPut(Route + "/{name}", UpdateAsync);
        routes.MapDelete(Route + "/{name}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await ReadAsync(context).ConfigureAwait(false);
        var tool = _store.CreateByoTool(_appId, request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status201Created, tool, ByoToolJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var type = new QueryReader(context.Request).String("type");
        if (type is not null && !new ByoToolType(type).IsKnown)
        {
            throw ApiError.Validation("type", "The type must be action or tool.");
        }

        await CursorResponse.WriteArrayAsync(context, _store.ListByoTools(type), ByoToolJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var tool = _store.GetByoTool(context.RouteValue("name"));
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, tool, ByoToolJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await ReadAsync(context).ConfigureAwait(false);
        var tool = _store.UpdateByoTool(context.RouteValue("name"), request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, tool, ByoToolJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        _store.DeleteByoTool(context.RouteValue("name"));
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, new AiDeleted { Deleted = true }, AiDeletedJsonConverter.Instance).ConfigureAwait(false);
    }

    private static async Task<ByoToolRequest> ReadAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ByoToolRequestJsonConverter.Instance, s_required).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("name", request.Name);
        errors.MaxLength("name", request.Name, 100);
        errors.Required("displayName", request.DisplayName);
        errors.ThrowIfAny();
        return request;
    }
}
