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
/// Push tokens are not emulated.
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
