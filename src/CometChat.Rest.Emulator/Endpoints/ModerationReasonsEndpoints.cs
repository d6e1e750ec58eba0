using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The five flag reason operations.</summary>
internal sealed class ModerationReasonsEndpoints
{
    private static readonly string[] s_createRequired = ["id", "name"];

    private readonly EmulatorStore _store;

    public ModerationReasonsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/moderation/reasons", CreateAsync);
        routes.MapGet("/v3/moderation/reasons", ListAsync);
        routes.MapGet("/v3/moderation/reasons/{id}", GetAsync);
        routes.MapPut("/v3/moderation/reasons/{id}", UpdateAsync);
        routes.MapDelete("/v3/moderation/reasons/{id}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateModerationReasonRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("id", request.Id);
        errors.Required("name", request.Name);
        errors.MaxLength("name", request.Name, ValidationErrors.MaxNameLength);
        errors.ThrowIfAny();

        var reason = _store.CreateModerationReason(request);
        await JsonResponse.WriteDataAsync(context, reason, ModerationReasonJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var reasons = _store.ListModerationReasons();
        await ModerationRulesEndpoints.WriteListAsync(context, reasons, ModerationRulesEndpoints.ModerationListLimit, ModerationReasonJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var reason = _store.GetModerationReason(context.RouteValue("id"));
        await JsonResponse.WriteDataAsync(context, reason, ModerationReasonJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateModerationReasonRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
        }

        errors.MaxLength("name", request.Name, ValidationErrors.MaxNameLength);
        errors.ThrowIfAny();

        var reason = _store.UpdateModerationReason(context.RouteValue("id"), request);
        await JsonResponse.WriteDataAsync(context, reason, ModerationReasonJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var id = context.RouteValue("id");
        _store.DeleteModerationReason(id);

        // Unlike the other moderation deletes, CometChat answers this one without the data envelope.
        var result = new DeleteResult { Success = true, Message = $"The reason with id {id} has been deleted successfully." };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }
}
