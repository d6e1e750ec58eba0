using System;
using System.Linq;
using System.Text.Json.Nodes;
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
/// Knowledge-base text entries (create, list, get, update, delete), uploads (initiate, delete), the source list,
/// status polling and linking sources to agents. Crawled websites are in <see cref="KnowledgeBaseWebsiteEndpoints"/>.
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
        routes.MapGet("/v3/ai-agents/agent-builder/knowledge-base", ListSourcesAsync);
        routes.MapPost("/v3/ai-agents/agent-builder/knowledge-base/status/poll", PollStatusAsync);
        routes.MapPost("/v3/ai-agents/agent-builder/knowledge-base/uploads/initiate", InitiateUploadsAsync);
        routes.MapGet("/v3/ai-agents/agent-builder/knowledge-base/{sourceType}/{uniqueId}/pages", ListSourcePagesAsync);
        routes.MapPatch("/v3/ai-agents/agent-builder/knowledge-base/{sourceType}/{uniqueId}/sync", RetryIndexingAsync);
        routes.MapDelete("/v3/ai-agents/agent-builder/knowledge-base/uploads/{uniqueId}", context =>
            CursorResponse.WriteResultAsync(context, StatusCodes.Status200OK, "File deleted successfully", _store.DeleteUpload(context.RouteValue("uniqueId")), DeletedKnowledgeBaseSourceJsonConverter.Instance));
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, context => JsonResponse.WriteListAsync(context, _store.ListTextEntries(), TextEntryJsonConverter.Instance));
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

    /// <summary>
    /// One page of sources, newest first. The cursor is <c>{createdAt ms}.{order}</c> like CometChat's
    /// <c>1732492800000.12345</c>; only the order after the dot is read back, as it is unique.
    /// </summary>
    private async Task ListSourcesAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var limit = query.Integer("limit", 10, 1, 100);
        var affix = query.String("affix");
        if (affix is not null and not "append" and not "prepend")
        {
            query.Errors.Add("affix", "The affix must be append or prepend.");
        }

        var position = ReadCursor(query);
        var startTime = query.Long("startTime");
        var endTime = query.Long("endTime");
        query.Errors.ThrowIfAny();

        var sources = _store.ListKnowledgeBaseSources(_appId)
            .Where(s => CreatedMs(s.Record) is var created && (startTime is null || created >= startTime) && (endTime is null || created <= endTime))
            .ToList();
        var page = new CursorRequest(limit, affix == "prepend", position).Slice(sources, s => s.Order, "cursor");
        var records = page.Items.Select(s => s.Record).ToList();
        var next = page.Next is { } nextOrder ? new JsonObject { ["cursor"] = $"{CreatedMs(page.Items[^1].Record)}.{nextOrder}" } : null;

        // Only meta.next is answered: the previous page's cursor would be numeric where CometChat's is a string.
        await CursorResponse.WritePageAsync(context, new CursorSlice<KnowledgeBaseRecord>(records, limit, "cursor", null, null), KnowledgeBaseRecordJsonConverter.Instance, next).ConfigureAwait(false);
    }

    /// <summary>
    /// The order number in a knowledge-base cursor <c>{createdAt ms}.{order}</c>, or null without one; a malformed
    /// cursor is a field error.
    /// </summary>
    internal static long? ReadCursor(QueryReader query)
    {
        if (query.String("cursor") is not { } cursor)
        {
            return null;
        }

        var dot = cursor.LastIndexOf('.');
        if (long.TryParse(cursor.AsSpan(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var order))
        {
            return order;
        }

        query.Errors.Add("cursor", "The cursor must be a value from meta.next, such as 1732492800000.12345.");
        return null;
    }

    private static long CreatedMs(KnowledgeBaseRecord record) =>
        DateTimeOffset.TryParse(record.CreatedAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var created) ? created.ToUnixTimeMilliseconds() : 0;

    // The kinds of file CometChat accepts (PDF, TXT, DOCX, CSV, Markdown) and its 50 MB limit.
    private static readonly string[] s_uploadTypes = ["application/pdf", "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/csv", "text/markdown"];
    private const long MaxUploadBytes = 50L * 1024 * 1024;

    private async Task InitiateUploadsAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, InitiateUploadsRequestJsonConverter.Instance, ["files"]).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.Files.Count == 0)
        {
            errors.Add("files", "At least one file is required.");
        }

        foreach (var file in request.Files)
        {
            if (string.IsNullOrWhiteSpace(file.FileName))
            {
                errors.Add("files.fileName", "The file name is required.");
            }

            if (!s_uploadTypes.Contains(file.MimeType, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add("files.mimeType", $"{file.MimeType} is not accepted: PDF, TXT, DOCX, CSV or Markdown files only.");
            }

            if (file.FileSize is < 1 or > MaxUploadBytes)
            {
                errors.Add("files.fileSize", "The size must be between 1 byte and 50 MB.");
            }
        }

        errors.ThrowIfAny();
        var uploads = new InitiatedUploads { Uploads = _store.InitiateUploads(_appId, request.Files) };
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status201Created, uploads, InitiatedUploadsJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListSourcePagesAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var limit = query.Integer("limit", 10, 1, int.MaxValue);
        var number = query.Integer("page", 1, 1, int.MaxValue);
        query.Errors.ThrowIfAny();
        var (details, pages) = _store.GetSourcePages(new KnowledgeBaseSourceType(context.RouteValue("sourceType")), context.RouteValue("uniqueId"));
        var slice = pages.Skip((number - 1) * limit).Take(limit).ToList();
        var answer = new SourcePages { SourceDetails = details, PageContent = slice };
        await CursorResponse.WriteDataWithCountAsync(context, answer, SourcePagesJsonConverter.Instance, limit, slice.Count).ConfigureAwait(false);
    }

    /// <summary>Text entries and uploads are indexed the moment they are added; a website retries its failed pages.</summary>
    private async Task RetryIndexingAsync(HttpContext context)
    {
        _store.RetryKnowledgeBaseSource(new KnowledgeBaseSourceType(context.RouteValue("sourceType")), context.RouteValue("uniqueId"));
        await CursorResponse.WriteBareAsync(context, StatusCodes.Status200OK, new AiSuccess { Success = true }, AiSuccessJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task PollStatusAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UniqueIdsQueryJsonConverter.Instance, ["uniqueId"]).ConfigureAwait(false);
        if (request.UniqueId.Count == 0)
        {
            throw ApiError.Validation("uniqueId", "At least one unique ID is required.");
        }

        await CursorResponse.WriteSuccessStatesAsync(context, _store.KnowledgeBaseStates(request.UniqueId)).ConfigureAwait(false);
    }
}
