using System.Linq;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
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
/// Push providers: FCM and APNs lists keyed by providerId (add, update, delete, make default) and the one custom
/// webhook provider. Credentials (service account, .p8 key) are kept but never returned, as in CometChat's examples.
/// Push tokens belong to an auth-token session.
/// </summary>
internal sealed class PushNotificationsEndpoints
{
    private const string Route = "/v3/notifications/push/v1/providers";

    private readonly EmulatorStore _store;

    public PushNotificationsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        MapList(routes, "fcm", FcmPushProviderJsonConverter.Instance, "serviceAccountCreds", addAnswersList: false);
        MapList(routes, "apns", ApnsPushProviderJsonConverter.Instance, "p8Key", addAnswersList: true);
        NotificationDocumentEndpoints.MapProvider(
            routes, _store, Route + "/custom", "custom push provider",
            SaveCustomPushProviderRequestJsonConverter.Instance,
            ["isEnabled", "webhookURL", "useBasicAuth", "basicAuthUsername", "basicAuthPassword"],
            CustomPushProviderJsonConverter.Instance,
            CustomPushProviderListJsonConverter.Instance,
            document => new JsonObject { ["pushProviders"] = new JsonArray(document) });
        routes.MapPost("/v3/notifications/push/v1/tokens", RegisterTokenAsync);
        routes.MapGet("/v3/notifications/push/v1/tokens", ListTokensAsync);
        routes.MapDelete("/v3/notifications/push/v1/tokens", async context =>
        {
            var request = await JsonBody.ReadAsync(context, UnregisterPushTokensRequestJsonConverter.Instance, ["authToken"]).ConfigureAwait(false);
            var all = new QueryReader(context.Request).Boolean("all");
            await WriteTokensAsync(context, _store.RemovePushTokens(request.AuthToken, all, value: null)).ConfigureAwait(false);
        });
        routes.MapDelete("/v3/notifications/push/v1/tokens/{pushToken}", async context =>
        {
            var request = await JsonBody.ReadAsync(context, UnregisterPushTokensRequestJsonConverter.Instance, ["authToken"]).ConfigureAwait(false);
            await WriteTokensAsync(context, _store.RemovePushTokens(request.AuthToken, all: false, context.RouteValue("pushToken"))).ConfigureAwait(false);
        });
    }

    private static Task WriteTokensAsync(HttpContext context, System.Collections.Generic.List<PushToken> tokens) =>
        JsonResponse.WriteDataAsync(context, new PushTokenList { PushTokens = tokens }, PushTokenListJsonConverter.Instance);

    private async Task RegisterTokenAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, RegisterPushTokenRequestJsonConverter.Instance, ["platform", "authToken"]).ConfigureAwait(false);
        var platform = request.Platform.Value;
        var (field, value) = platform.StartsWith("fcm_", System.StringComparison.Ordinal) ? ("fcmToken", request.FcmToken)
            : platform.EndsWith("_voip", System.StringComparison.Ordinal) ? ("voipToken", request.VoipToken)
            : ("deviceToken", request.DeviceToken);
        if (!request.Platform.IsKnown)
        {
            throw ApiError.Validation("platform", $"The platform '{platform}' is not one CometChat supports.");
        }

        if (string.IsNullOrEmpty(value))
        {
            throw ApiError.Validation(field, $"A {platform} token goes in {field}.");
        }

        _store.RegisterPushToken(request.AuthToken, value, request.Platform, request.ProviderId);
        await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
    }

    private async Task ListTokensAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var authToken = query.String("authToken");
        var all = query.Boolean("all");
        query.Errors.ThrowIfAny();
        if (authToken is null)
        {
            throw ApiError.Validation("authToken", "The authToken parameter is required.");
        }

        await WriteTokensAsync(context, _store.ListPushTokens(authToken, all)).ConfigureAwait(false);
    }

    private void MapList<T>(IEndpointRouteBuilder routes, string kind, JsonConverter<T> converter, string secret, bool addAnswersList)
    {
        var route = $"{Route}/{kind}";
        routes.MapGet(route, context => WriteListAsync(context, kind, secret));
        routes.MapPost(route, async context =>
        {
            var provider = await ReadProviderAsync(context, converter).ConfigureAwait(false);
            _store.AddPushProvider(kind, provider);
            await (addAnswersList ? WriteListAsync(context, kind, secret) : NotificationDocumentEndpoints.WriteSuccessAsync(context)).ConfigureAwait(false);
        });
        routes.MapPut(route, async context =>
        {
            _store.UpdatePushProvider(kind, await ReadProviderAsync(context, converter).ConfigureAwait(false));
            await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
        });
        routes.MapDelete(route + "/{providerId}", async context =>
        {
            _store.DeletePushProvider(kind, context.RouteValue("providerId"));
            await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
        });
        routes.MapPut(route + "/default/{providerId}", async context =>
        {
            _store.SetDefaultPushProvider(kind, context.RouteValue("providerId"));
            await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
        });
    }

    private static async Task<JsonObject> ReadProviderAsync<T>(HttpContext context, JsonConverter<T> converter)
    {
        var provider = ModelJson.ToObject(await JsonBody.ReadAsync(context, converter, ["providerId"]).ConfigureAwait(false), converter);
        if (provider["providerId"] is not JsonValue id || string.IsNullOrWhiteSpace(id.GetValue<string>()))
        {
            throw ApiError.Validation("providerId", "The providerId field is required.");
        }

        return provider;
    }

    private async Task WriteListAsync(HttpContext context, string kind, string secret)
    {
        var providers = new JsonArray([.. _store.ListPushProviders(kind).Select(provider =>
        {
            provider.Remove(secret);
            return (JsonNode)provider;
        })]);
        var list = new JsonObject { ["pushProviders"] = providers };
        if (kind == "fcm")
        {
            await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(list, FcmPushProviderListJsonConverter.Instance), FcmPushProviderListJsonConverter.Instance).ConfigureAwait(false);
        }
        else
        {
            await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(list, ApnsPushProviderListJsonConverter.Instance), ApnsPushProviderListJsonConverter.Instance).ConfigureAwait(false);
        }
    }
}
