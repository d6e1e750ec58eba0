using System;
using System.Collections.Generic;
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
/// The shape shared by the email, SMS and custom push providers: one provider per app, configured with POST, changed
/// with PUT, read with GET and removed with DELETE, each answered as <c>{"data": ...}</c>.
/// </summary>
internal static class NotificationDocumentEndpoints
{
    public static void MapProvider<TSave, TUpdate, TOut>(
        IEndpointRouteBuilder routes,
        EmulatorStore store,
        string route,
        string what,
        JsonConverter<TSave> save,
        IReadOnlyList<string> saveRequired,
        JsonConverter<TUpdate> update,
        JsonConverter<TOut> output,
        Func<JsonObject, JsonObject>? shape = null)
    {
        var key = route;
        shape ??= document => document;
        routes.MapGet(route, async context =>
        {
            var document = store.GetNotificationDocument(key) ?? throw new ApiError(404, CometChatErrorCodes.ProviderNotFound, $"The {what} is not configured.");
            await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(shape(document), output), output).ConfigureAwait(false);
        });
        routes.MapPost(route, async context =>
        {
            var request = await JsonBody.ReadAsync(context, save, saveRequired).ConfigureAwait(false);
            var document = store.WriteNotificationDocument(key, ModelJson.ToObject(request, save), EmulatorStore.DocumentWrite.Create, what);
            await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(shape(document), output), output).ConfigureAwait(false);
        });
        routes.MapPut(route, async context =>
        {
            var request = await JsonBody.ReadAsync(context, update, []).ConfigureAwait(false);
            var document = store.WriteNotificationDocument(key, ModelJson.ToObject(request, update), EmulatorStore.DocumentWrite.Update, what);
            await JsonResponse.WriteDataAsync(context, ModelJson.FromObject(shape(document), output), output).ConfigureAwait(false);
        });
        routes.MapDelete(route, async context =>
        {
            store.DeleteNotificationDocument(key, what);
            await WriteSuccessAsync(context, $"The {what} has been deleted successfully.").ConfigureAwait(false);
        });
    }

    public static Task WriteSuccessAsync(HttpContext context, string? message = null) =>
        JsonResponse.WriteDataAsync(context, new SuccessResult { Success = true, Message = message }, SuccessResultJsonConverter.Instance);
}
