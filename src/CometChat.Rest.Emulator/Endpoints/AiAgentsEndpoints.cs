using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The four bring-your-own agent operations: create, list, update and delete.</summary>
internal sealed class AiAgentsEndpoints
{
    private const string Route = "/v3/ai-agents/agents";

    private static readonly string[] s_createRequired = ["name", "icon", "integrateWith", "integrationType"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public AiAgentsEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, context => CursorResponse.WriteArrayAsync(context, _store.ListByoAgents(), ByoAgentJsonConverter.Instance));
        routes.MapPatch(Route + "/{uid}", UpdateAsync);
        routes.MapDelete(Route + "/{uid}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateByoAgentRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("name", request.Name);
        Check(errors, request.IntegrateWith, request.IntegrationType, request.IntegrationMeta);
        errors.ThrowIfAny();

        var agent = _store.CreateByoAgent(_appId, request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status201Created, new ByoAgentCreated { Agent = agent }, ByoAgentCreatedJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateByoAgentRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
        }

        Check(errors, request.IntegrateWith, request.IntegrationType, request.IntegrationMeta);
        errors.ThrowIfAny();

        _store.UpdateByoAgent(context.RouteValue("uid"), request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, new AiSuccess { Success = true }, AiSuccessJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var uid = context.RouteValue("uid");
        _store.DeleteByoAgent(uid);
        var result = new AiSuccessMessage { Success = true, Message = $"Agent with UID '{uid}' has been deleted successfully" };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, result, AiSuccessMessageJsonConverter.Instance).ConfigureAwait(false);
    }

    private static void Check(ValidationErrors errors, ByoAgentFramework? framework, ByoAgentIntegrationType? type, ByoAgentIntegrationMeta? meta)
    {
        if (framework is { IsKnown: false } unknown)
        {
            errors.Add("integrateWith", $"The framework '{unknown.Value}' is not one CometChat supports.");
        }

        if (type is { IsKnown: false })
        {
            errors.Add("integrationType", "The integrationType must be agent.");
        }

        AgentApiToolsEndpoints.CheckUrl(errors, "integrationMeta.baseUrl", meta?.BaseUrl);
    }
}
