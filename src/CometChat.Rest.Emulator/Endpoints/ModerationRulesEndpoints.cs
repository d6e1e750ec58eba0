using System.Collections.Generic;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The six moderation rule operations: create, list, get, update (a new revision), delete and list revisions.</summary>
internal sealed class ModerationRulesEndpoints
{
    /// <summary>The page size CometChat reports for moderation lists (<c>meta.current.limit</c> in its examples).</summary>
    internal const int ModerationListLimit = 50;

    private static readonly string[] s_createRequired = ["id", "name"];

    private readonly EmulatorStore _store;
    private readonly string _appId;

    public ModerationRulesEndpoints(EmulatorStore store, string appId)
    {
        _store = store;
        _appId = appId;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/moderation/rules", CreateAsync);
        routes.MapGet("/v3/moderation/rules", ListAsync);
        routes.MapGet("/v3/moderation/rules/{ruleId}", GetAsync);
        routes.MapPut("/v3/moderation/rules/{ruleId}", UpdateAsync);
        routes.MapDelete("/v3/moderation/rules/{ruleId}", DeleteAsync);
        routes.MapGet("/v3/moderation/rules/{ruleId}/revisions", ListRevisionsAsync);
    }

    /// <summary>A whole list in one page, <c>meta.current</c> only: these lists declare no cursor parameters.</summary>
    internal static Task WriteListAsync<T>(HttpContext context, IReadOnlyList<T> items, int limit, System.Text.Json.Serialization.JsonConverter<T> converter) =>
        CursorResponse.WritePageAsync(context, new CursorSlice<T>(items, limit, "createdAt", null, null), converter);

    private async Task CreateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ModerationRuleRequestJsonConverter.Instance, s_createRequired).ConfigureAwait(false);
        var errors = new ValidationErrors();
        errors.Required("id", request.Id);
        errors.Required("name", request.Name);
        CheckRule(errors, request);
        errors.ThrowIfAny();

        var rule = _store.CreateModerationRule(_appId, request);
        await JsonResponse.WriteDataAsync(context, rule, ModerationRuleJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var limit = query.Integer("limit", ModerationListLimit, 1, int.MaxValue);
        query.Errors.ThrowIfAny();

        await WriteListAsync(context, _store.ListModerationRules(limit), limit, ModerationRuleJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext context)
    {
        var rule = _store.GetModerationRule(context.RouteValue("ruleId"));
        await JsonResponse.WriteDataAsync(context, rule, ModerationRuleJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ModerationRuleRequestJsonConverter.Instance, []).ConfigureAwait(false);
        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Required("name", request.Name);
        }

        CheckRule(errors, request);
        errors.ThrowIfAny();

        var rule = _store.UpdateModerationRule(_appId, context.RouteValue("ruleId"), request);
        await JsonResponse.WriteDataAsync(context, rule, ModerationRuleJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var id = context.RouteValue("ruleId");
        _store.DeleteModerationRule(id);
        var result = new DeleteResult { Success = true, Message = $"Rule with id {id} has been deleted successfully." };
        await JsonResponse.WriteDataAsync(context, result, DeleteResultJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ListRevisionsAsync(HttpContext context)
    {
        var revisions = _store.ListModerationRuleRevisions(context.RouteValue("ruleId"));
        await WriteListAsync(context, revisions, ModerationListLimit, ModerationRuleJsonConverter.Instance).ConfigureAwait(false);
    }

    private static void CheckRule(ValidationErrors errors, ModerationRuleRequest request)
    {
        errors.MaxLength("name", request.Name, 100);
        if (request.Action is { } actions)
        {
            foreach (var action in actions)
            {
                if (string.IsNullOrWhiteSpace(action))
                {
                    errors.Add("action", "An action must not be empty.");
                }
            }
        }
    }
}
