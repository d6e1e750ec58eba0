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
/// Knowledge-base text entries (create, list, get, update, delete) and linking them to agents. Uploads, websites,
/// the source list and status polling are not emulated.
/// </summary>
internal sealed class KnowledgeBaseEndpoints
{
    private const string Route = "/v3/ai-agents/agent-builder/knowledge-base/text";

    private static readonly string[] s_createRequired = ["title", "text"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public KnowledgeBaseEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, context => CursorResponse.WriteDataArrayAsync(context, _store.ListTextEntries(), TextEntryJsonConverter.Instance));
        routes.MapGet(Route + "/{uniqueId}", context => JsonResponse.WriteDataAsync(context, _store.GetTextEntry(context.RouteValue("uniqueId")), TextEntryJsonConverter.Instance));
        routes.MapPatch(Route + "/{uniqueId}", UpdateAsync);
        routes.MapDelete(Route + "/{uniqueId}", context =>
            CursorResponse.WriteResultAsync(context, StatusCodes.Status200OK, "Text detail deleted successfully", _store.DeleteTextEntry(context.RouteValue("uniqueId")), DeletedKnowledgeBaseSourceJsonConverter.Instance));
        routes.MapPatch("/v3/ai-agents/agent-builder/agents/{uid}/knowledge-base/{sourceType}/add", context => LinkAsync(context, add: true));
        routes.MapPatch("/v3/ai-agents/agent-builder/agents/{uid}/knowledge-base/{sourceType}/remove", context => LinkAsync(context, add: false));
    }

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CreateTextEntryRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        Check(request.Title, request.Text, creating: true);
        var entry = _store.CreateTextEntry(_appId, request);
        await CursorResponse.WriteResultAsync(context, StatusCodes.Status201Created, "Text detail created successfully", entry, TextEntryJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UpdateTextEntryRequestJsonConverter.Instance, []).ConfigureAwait(false);
        Check(request.Title, request.Text, creating: false);
        var entry = _store.UpdateTextEntry(context.RouteValue("uniqueId"), request);
        await CursorResponse.WriteResultAsync(context, StatusCodes.Status200OK, "Text detail updated successfully", entry, TextEntryJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task LinkAsync(HttpContext context, bool add)
    {
        var sourceType = new KnowledgeBaseSourceType(context.RouteValue("sourceType"));
        if (!sourceType.IsKnown)
        {
            throw ApiError.Validation("sourceType", "The sourceType must be uploads, text or website.");
        }

        var request = await JsonBody.ReadAsync(context, KnowledgeBaseSourcesRequestJsonConverter.Instance, ["uniqueIds"]).ConfigureAwait(false);
        if (request.UniqueIds.Count == 0)
        {
            throw ApiError.Validation("uniqueIds", "Give at least one uniqueId.");
        }

        _store.LinkKnowledgeBase(context.RouteValue("uid"), sourceType, request.UniqueIds, add);
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, new AiSuccess { Success = true }, AiSuccessJsonConverter.Instance).ConfigureAwait(false);
    }

    private static void Check(string? title, string? text, bool creating)
    {
        var errors = new ValidationErrors();
        if (creating || title is not null)
        {
            errors.Required("title", title);
        }

        if (creating || text is not null)
        {
            errors.Required("text", text);
        }

        errors.MaxLength("title", title, 500);
        errors.MaxLength("text", text, 5000);
        errors.ThrowIfAny();
    }
}
