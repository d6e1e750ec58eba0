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
/// The three Calls operations: list, get and list transcriptions. CometChat serves them from its calls host; the
/// emulator serves them under the same <c>/v3</c> base address as everything else.
/// </summary>
internal sealed class CallsEndpoints
{
    private readonly EmulatorStore _store;

    public CallsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v3/calls", ListAsync);
        routes.MapGet("/v3/calls/{sessionId}", GetAsync);
        routes.MapGet("/v3/calls/{sessionId}/transcriptions", ListTranscriptionsAsync);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var filter = new CallQuery
        {
            Type = Enum(query, "type", query.String("type") is { } type && new CallType(type).IsKnown, "audio and video"),
            Mode = Enum(query, "mode", query.String("mode") is { } mode && new CallMode(mode).IsKnown, "call, meet and presenter"),
            Status = Enum(query, "status", query.String("status") is { } status && new CallStatus(status).IsKnown, "initiated, ongoing, ended, unanswered, rejected and canceled"),
            ReceiverType = Enum(query, "receiverType", query.String("receiverType") is { } receiverType && new CallReceiverType(receiverType).IsKnown, "user and group"),
            ParticipantsCount = query.String("participantsCount") is null ? null : query.Integer("participantsCount", 0, 0, int.MaxValue),
            StartedAt = query.Long("startedAt"),
            EndedAt = query.Long("endedAt"),
            HasRecording = query.OptionalBoolean("hasRecording"),
            HasTranscription = query.OptionalBoolean("hasTranscription"),
            Uid = query.String("uid"),
        };
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListCalls(filter, context.Header("onBehalfOf"), paging);
        await JsonResponse.WritePageAsync(context, page, CallJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var call = _store.GetCall(context.RouteValue("sessionId"), context.Header("onBehalfOf"));
        await JsonResponse.WriteDataAsync(context, call, CallJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListTranscriptionsAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListCallTranscriptions(context.RouteValue("sessionId"), paging);
        await JsonResponse.WritePageAsync(context, page, CallTranscriptionJsonConverter.Instance).ConfigureAwait(false);
    }

    /// <summary>The parameter's value when it is one CometChat accepts; records an error (and gives null) otherwise.</summary>
    private static string? Enum(QueryReader query, string name, bool known, string accepted)
    {
        var value = query.String(name);
        if (value is not null && !known)
        {
            query.Errors.Add(name, $"The {name} field accepts {accepted}, not '{value}'.");
            return null;
        }

        return value;
    }
}
