using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The two Metrics operations: usage statistics and message metrics, computed from the state.</summary>
internal sealed class MetricsEndpoints
{
    private readonly EmulatorStore _store;
    private readonly string _appId;

    public MetricsEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v3/stats", GetUsageAsync);
        routes.MapGet("/v3/stats/messages", GetMessagesAsync);
    }

    private async Task GetUsageAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var from = query.Long("fromDate");
        var to = query.Long("toDate");
        if (from is null)
        {
            query.Errors.Add("fromDate", "The fromDate field is required (Unix time in milliseconds).");
        }

        if (to is null)
        {
            query.Errors.Add("toDate", "The toDate field is required (Unix time in milliseconds).");
        }

        if (from > to)
        {
            query.Errors.Add("toDate", "The toDate must not be before the fromDate.");
        }

        query.Errors.ThrowIfAny();

        var stats = _store.GetUsage(from!.Value, to!.Value);
        await JsonResponse.WriteDataAsync(context, stats, UsageStatsJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetMessagesAsync(HttpContext context)
    {
        var metrics = _store.GetMessageMetrics(_appId);
        await JsonResponse.WriteDataAsync(context, metrics, MessageMetricsJsonConverter.Instance).ConfigureAwait(false);
    }
}
