using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Moderation keyword lists (words, patterns or sentences rules refer to by ID). Like rules, every change is a revision.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, List<ModerationKeywordList>> _keywordLists = new(StringComparer.Ordinal);

    public ModerationKeywordList CreateKeywordList(string appId, ModerationKeywordList list)
    {
        lock (_gate)
        {
            var id = list.Id!;
            if (_keywordLists.ContainsKey(id))
            {
                throw ApiError.Validation("id", $"The keyword list {id} already exists.");
            }

            var now = FromUnix(Now());
            list.AppId = appId;
            list.Active = true;
            list.RevisionId = RevisionId(appId, id, 1);
            list.CreatedAt = now;
            list.UpdatedAt = now;
            _keywordLists.Add(id, [list]);
            return Copy(list, ModerationKeywordListJsonConverter.Instance);
        }
    }

    /// <summary>The active revision of each list, oldest first.</summary>
    public List<ModerationKeywordList> ListKeywordLists()
    {
        lock (_gate)
        {
            return [.. _keywordLists.Values.Select(r => r[^1]).OrderBy(l => l.CreatedAt).Select(l => Copy(l, ModerationKeywordListJsonConverter.Instance))];
        }
    }

    public ModerationKeywordList GetKeywordList(string id)
    {
        lock (_gate)
        {
            return Copy(FindKeywordRevisions(id)[^1], ModerationKeywordListJsonConverter.Instance);
        }
    }

    /// <summary>Adds a revision with the given fields (null ones keep their value); the category cannot change.</summary>
    public ModerationKeywordList UpdateKeywordList(string appId, string id, ModerationKeywordList changes)
    {
        lock (_gate)
        {
            var revisions = FindKeywordRevisions(id);
            var current = revisions[^1];
            if (changes.Category is { } category && category != current.Category)
            {
                throw ApiError.Validation("category", $"The category of the list {id} is {current.Category?.Value} and cannot change.");
            }

            var next = Copy(current, ModerationKeywordListJsonConverter.Instance);
            next.Name = changes.Name ?? current.Name;
            next.Description = changes.Description ?? current.Description;
            next.SearchTerms = changes.SearchTerms ?? current.SearchTerms;
            next.DisallowedSentences = changes.DisallowedSentences ?? current.DisallowedSentences;
            next.IsCsv = changes.IsCsv ?? current.IsCsv;
            next.RevisionId = RevisionId(appId, id, revisions.Count + 1);
            next.UpdatedAt = FromUnix(Now());
            current.Active = false;
            revisions.Add(next);
            return Copy(next, ModerationKeywordListJsonConverter.Instance);
        }
    }

    public void DeleteKeywordList(string id)
    {
        lock (_gate)
        {
            _keywordLists.Remove(FindKeywordRevisions(id)[0].Id!);
        }
    }

    private List<ModerationKeywordList> FindKeywordRevisions(string id) =>
        _keywordLists.TryGetValue(id, out var revisions)
            ? revisions
            : throw new ApiError(404, CometChatErrorCodes.KeywordNotFound, $"The keyword list with id {id} does not exist.");
}
