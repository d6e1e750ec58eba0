using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The three app notification settings operations: get, update (merged into what is set) and reset.</summary>
internal sealed class NotificationSettingsEndpoints
{
    /// <summary>The route, also the key of the app's settings document, which users' preferences start from.</summary>
    internal const string Route = "/v3/notifications/v1/settings";

    private readonly EmulatorStore _store;

    public NotificationSettingsEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, GetAsync);
        routes.MapPatch(Route, UpdateAsync);
        routes.MapDelete(Route, ResetAsync);
    }

    private async Task GetAsync(HttpContext context)
    {
        // Until something is set, the settings are empty: the emulator does not invent CometChat's defaults.
        var settings = ModelJson.FromObject(_store.GetNotificationDocument(Route) ?? [], NotificationSettingsJsonConverter.Instance);
        await JsonResponse.WriteDataAsync(context, settings, NotificationSettingsJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, NotificationSettingsJsonConverter.Instance, []).ConfigureAwait(false);
        _store.WriteNotificationDocument(Route, ModelJson.ToObject(request, NotificationSettingsJsonConverter.Instance), EmulatorStore.DocumentWrite.Merge, "notification settings");
        await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
    }

    private async Task ResetAsync(HttpContext context)
    {
        _store.DeleteNotificationDocument(Route, what: null);
        await NotificationDocumentEndpoints.WriteSuccessAsync(context).ConfigureAwait(false);
    }
}
