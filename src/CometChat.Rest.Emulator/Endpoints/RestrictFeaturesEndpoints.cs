using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The three Restrict Features operations: restrict, list and allow.</summary>
internal sealed class RestrictFeaturesEndpoints
{
    private static readonly string[] s_restrictRequired = ["featuresToRestrict"];

    private readonly EmulatorStore _store;

    public RestrictFeaturesEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/roles/{role}/restrictedfeatures", RestrictAsync);
        routes.MapGet("/v3/roles/{role}/restrictedfeatures", ListAsync);
        routes.MapDelete("/v3/roles/{role}/restrictedfeatures", AllowAsync);
    }

    private async Task RestrictAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, RestrictFeaturesRequestJsonConverter.Instance, s_restrictRequired).ConfigureAwait(false);
        if (request.FeaturesToRestrict.Count == 0 || request.FeaturesToRestrict.Contains(string.Empty))
        {
            throw ApiError.Validation("featuresToRestrict", "The featuresToRestrict field needs at least one feature key, none of them empty.");
        }

        var result = _store.RestrictFeatures(context.RouteValue("role"), request.FeaturesToRestrict);
        await JsonResponse.WriteMapAsync(context, result, OperationResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var paging = query.Paging();
        query.Errors.ThrowIfAny();

        var page = _store.ListRestrictedFeatures(context.RouteValue("role"), paging);
        await JsonResponse.WritePageAsync(context, page, RestrictedFeatureJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task AllowAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, AllowFeaturesRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var features = request.FeaturesToAllow ?? [];
        if (features.Count == 0 && request.AllowAll != true)
        {
            throw ApiError.Validation("featuresToAllow", "Give the featuresToAllow, or allowAll: true.");
        }

        _store.AllowFeatures(context.RouteValue("role"), [.. features], request.AllowAll == true);
        var result = new DeleteResult { Success = true, Message = "The feature has been allowed successfully." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }
}
