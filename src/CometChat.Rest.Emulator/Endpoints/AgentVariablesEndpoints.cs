using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The five Agent Builder variable operations, and the list of models agents may use.</summary>
internal sealed partial class AgentVariablesEndpoints
{
    private const string Route = "/v3/ai-agents/agent-builder/agents/variables";

    private static readonly string[] s_createRequired = ["name", "sourceType"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public AgentVariablesEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route + "/all", context => CursorResponse.WriteArrayAsync(context, _store.ListAgentVariables(), AgentVariableJsonConverter.Instance));
        routes.MapGet(Route + "/custom", context => CursorResponse.WriteArrayAsync(context, _store.ListCustomVariables(), CustomVariableJsonConverter.Instance));
        routes.MapPost(Route + "/custom", CreateAsync);
        routes.MapPatch(Route + "/custom/{variableId}", UpdateAsync);
        routes.MapDelete(Route + "/custom/{variableId}", DeleteAsync);
        routes.MapGet("/v3/ai-agents/agent-builder/agents/available-models", context => CursorResponse.WriteArrayAsync(context, EmulatorStore.AgentModels(), AgentModelJsonConverter.Instance));
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_.]*$")]
    private static partial Regex VariableName();

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateCustomVariableRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (!VariableName().IsMatch(request.Name) || request.Name.Length > 50)
        {
            errors.Add("name", "The name must start with a letter, hold only letters, digits, '_' and '.', and have at most 50 characters.");
        }

        CheckVariable(errors, request.SourceType, request.Description, request.SourcePath, request.ConstantValue);
        errors.ThrowIfAny();

        var variable = _store.CreateCustomVariable(_appId, request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, variable, CustomVariableJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateCustomVariableRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.SourceType is { } sourceType)
        {
            CheckVariable(errors, sourceType, request.Description, request.SourcePath, request.ConstantValue);
        }

        errors.ThrowIfAny();

        var variable = _store.UpdateCustomVariable(context.RouteValue("variableId"), request);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, variable, CustomVariableJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        _store.DeleteCustomVariable(context.RouteValue("variableId"));
        var result = new AiSuccessMessage { Success = true, Message = "Custom variable deleted successfully" };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, result, AiSuccessMessageJsonConverter.Instance).ConfigureAwait(false);
    }

    /// <summary>A constant needs its value, a metadata variable its path.</summary>
    private static void CheckVariable(ValidationErrors errors, CustomVariableSourceType sourceType, string? description, string? sourcePath, string? constantValue)
    {
        if (!sourceType.IsKnown)
        {
            errors.Add("sourceType", $"The sourceType must be message_metadata, user_metadata or constant, not '{sourceType.Value}'.");
        }
        else if (sourceType == CustomVariableSourceType.Constant && string.IsNullOrEmpty(constantValue))
        {
            errors.Add("constantValue", "A constant variable needs constantValue.");
        }
        else if (sourceType != CustomVariableSourceType.Constant && string.IsNullOrEmpty(sourcePath))
        {
            errors.Add("sourcePath", "A metadata variable needs sourcePath.");
        }

        errors.MaxLength("description", description, 200);
        errors.MaxLength("sourcePath", sourcePath, 100);
    }
}
