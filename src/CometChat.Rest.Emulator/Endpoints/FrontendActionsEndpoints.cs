using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The five Agent Builder frontend action operations, answered without a <c>data</c> envelope.</summary>
internal sealed class FrontendActionsEndpoints
{
    private const string Route = "/v3/ai-agents/agent-builder/frontend-actions";

    private static readonly string[] s_createRequired = ["name", "description", "triggerFunction"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public FrontendActionsEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, context => CursorResponse.WriteListAsync(context, _store.ListFrontendActions, FrontendActionJsonConverter.Instance));
        routes.MapGet(Route + "/{id}", GetAsync);
        routes.MapPatch(Route + "/{id}", UpdateAsync);
        routes.MapDelete(Route + "/{id}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateFrontendActionRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("name", request.Name);
        errors.Required("triggerFunction", request.TriggerFunction);
        errors.ThrowIfAny();

        var action = _store.CreateFrontendAction(_appId, request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status201Created, action, FrontendActionJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var action = _store.GetFrontendAction(context.RouteValue("id"));
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, action, FrontendActionJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateFrontendActionRequestJsonConverter.Instance, []).ConfigureAwait(false);
        if (request.Name is not null)
        {
            var errors = new ValidationErrors();
            errors.Required("name", request.Name);
            errors.ThrowIfAny();
        }

        var action = _store.UpdateFrontendAction(context.RouteValue("id"), request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, action, FrontendActionJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        _store.DeleteFrontendAction(context.RouteValue("id"));
        var result = new AiSuccessMessage { Success = true, Message = "Frontend action deleted successfully" };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, result, AiSuccessMessageJsonConverter.Instance).ConfigureAwait(false);
    }
}
