using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
/// The five keyword list operations. Create and update take a form (multipart or urlencoded): <c>searchTerms</c>
/// comma-separated, <c>disallowedSentences</c> repeated, or a CSV <c>file</c> whose cells become the terms.
/// </summary>
internal sealed class ModerationKeywordsEndpoints
{
    private const string Route = "/v3/moderation/keywords";

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public ModerationKeywordsEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route, CreateAsync);
        routes.MapGet(Route, ListAsync);
        routes.MapGet(Route + "/{keywordId}", GetAsync);
        routes.MapPut(Route + "/{keywordId}", UpdateAsync);
        routes.MapDelete(Route + "/{keywordId}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var list = await ReadFormAsync(context, creating: true).ConfigureAwait(false);
        var created = _store.CreateKeywordList(_appId, list);
        await JsonResponse.WriteDataAsync(context, created, ModerationKeywordListJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var lists = _store.ListKeywordLists();
        await ModerationRulesEndpoints.WriteListAsync(context, lists, ModerationRulesEndpoints.ModerationListLimit, ModerationKeywordListJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var list = _store.GetKeywordList(context.RouteValue("keywordId"));
        await JsonResponse.WriteDataAsync(context, list, ModerationKeywordListJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var changes = await ReadFormAsync(context, creating: false).ConfigureAwait(false);
        var list = _store.UpdateKeywordList(_appId, context.RouteValue("keywordId"), changes);
        await JsonResponse.WriteDataAsync(context, list, ModerationKeywordListJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var id = context.RouteValue("keywordId");
        _store.DeleteKeywordList(id);
        var result = new DeleteResult { Success = true, Message = $"Keyword with id {id} has been deleted successfully." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private static async Task<ModerationKeywordList> ReadFormAsync(HttpContext context, bool creating)
    {
        if (!context.Request.HasFormContentType)
        {
            throw ApiError.BadRequest("The request must be a form (multipart/form-data).");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        string? Field(string name) => form[name].ToString() is { Length: > 0 } value ? value : null;

        var errors = new ValidationErrors();
        var id = Field("id");
        var category = Field("category");
        if (creating)
        {
            errors.Required("id", id);
        }

        // The category is required by the form's schema on update too, so the client always sends it.
        errors.Required("category", category);
        if (category is not null && !new ModerationListCategory(category).IsKnown)
        {
            errors.Add("category", "The category must be word, pattern or sentence-similarity.");
        }

        errors.MaxLength("name", Field("name"), 100);

        List<string>? terms = Field("searchTerms")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var file = form.Files["file"];
        if (file is not null)
        {
            using var reader = new StreamReader(file.OpenReadStream());
            var csv = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            terms = [.. csv.Split(['\r', '\n', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }

        var sentences = form["disallowedSentences"].Concat(form["disallowedSentences[]"]).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
        if (creating && terms is null && sentences.Count == 0)
        {
            errors.Add("searchTerms", "Give searchTerms, disallowedSentences or a CSV file.");
        }

        errors.ThrowIfAny();
        return new ModerationKeywordList
        {
            Id = id,
            Name = Field("name"),
            Description = Field("description"),
            Category = category is null ? (ModerationListCategory?)null : new ModerationListCategory(category),
            IsCsv = file is not null ? true : creating ? false : (bool?)null,
            SearchTerms = terms,
            DisallowedSentences = sentences.Count > 0 ? sentences : null,
        };
    }
}
