using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Moderation rules. Every create or update adds a revision ({appId}_{ruleId}_{n}); the newest one is the active rule.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, List<ModerationRule>> _moderationRules = new(StringComparer.Ordinal);

    public ModerationRule CreateModerationRule(string appId, ModerationRuleRequest request)
    {
        lock (_gate)
        {
            var id = request.Id!;
            if (_moderationRules.ContainsKey(id))
            {
                throw ApiError.Validation("id", $"The rule {id} already exists.");
            }

            var now = Now();
            var rule = new ModerationRule
            {
                Id = id,
                Name = request.Name,
                Description = request.Description,
                Enabled = request.Enabled ?? true,
                Conditions = request.Conditions is null ? [] : [.. request.Conditions.Select(c => Copy(c, ModerationConditionJsonConverter.Instance))],
                Filters = request.Filters is null ? null : [.. request.Filters.Select(f => Copy(f, ModerationFilterJsonConverter.Instance))],
                Action = request.Action is null ? [] : [.. request.Action],
                Active = true,
                RevisionId = RevisionId(appId, id, 1),
                CreatedAt = FromUnix(now),
                UpdatedAt = FromUnix(now),
            };
            _moderationRules.Add(id, [rule]);
            return Copy(rule, ModerationRuleJsonConverter.Instance);
        }
    }

    /// <summary>The active revision of each rule, oldest rule first, at most <paramref name="limit"/>.</summary>
    public List<ModerationRule> ListModerationRules(int limit)
    {
        lock (_gate)
        {
            return [.. _moderationRules.Values
                .Select(revisions => revisions[^1])
                .OrderBy(rule => rule.CreatedAt)
                .Take(limit)
                .Select(rule => Copy(rule, ModerationRuleJsonConverter.Instance))];
        }
    }

    public ModerationRule GetModerationRule(string id)
    {
        lock (_gate)
        {
            return Copy(FindRuleRevisions(id)[^1], ModerationRuleJsonConverter.Instance);
        }
    }

    /// <summary>Every revision of the rule, newest first.</summary>
    public List<ModerationRule> ListModerationRuleRevisions(string id)
    {
        lock (_gate)
        {
            return [.. Enumerable.Reverse(FindRuleRevisions(id)).Select(rule => Copy(rule, ModerationRuleJsonConverter.Instance))];
        }
    }

    /// <summary>Adds a revision with the given fields changed; the previous revision stops being active.</summary>
    public ModerationRule UpdateModerationRule(string appId, string id, ModerationRuleRequest request)
    {
        lock (_gate)
        {
            var revisions = FindRuleRevisions(id);
            var current = revisions[^1];
            var next = Copy(current, ModerationRuleJsonConverter.Instance);
            next.Name = request.Name ?? current.Name;
            next.Description = request.Description ?? current.Description;
            next.Enabled = request.Enabled ?? current.Enabled;
            if (request.Conditions is not null)
            {
                next.Conditions = [.. request.Conditions.Select(c => Copy(c, ModerationConditionJsonConverter.Instance))];
            }

            if (request.Filters is not null)
            {
                next.Filters = [.. request.Filters.Select(f => Copy(f, ModerationFilterJsonConverter.Instance))];
            }

            if (request.Action is not null)
            {
                next.Action = [.. request.Action];
            }

            next.RevisionId = RevisionId(appId, current.Id!, revisions.Count + 1);
            next.UpdatedAt = FromUnix(Now());
            current.Active = false;
            revisions.Add(next);
            return Copy(next, ModerationRuleJsonConverter.Instance);
        }
    }

    public void DeleteModerationRule(string id)
    {
        lock (_gate)
        {
            _moderationRules.Remove(FindRuleRevisions(id)[0].Id!);
        }
    }

    private List<ModerationRule> FindRuleRevisions(string id) =>
        _moderationRules.TryGetValue(id, out var revisions)
            ? revisions
            : throw new ApiError(404, CometChatErrorCodes.RuleNotFound, $"The rule with id {id} does not exist.");

    private static string RevisionId(string appId, string id, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"{appId}_{id}_{revision}");
}
