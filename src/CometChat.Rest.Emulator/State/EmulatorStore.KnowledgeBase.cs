using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Knowledge-base text entries. The emulator has no indexer, so an entry is indexed the moment it is saved. Agents link
// text entries through their files, where CometChat keeps its Markdown files.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, TextEntry> _textEntries = new(StringComparer.Ordinal);

    // The order entries were added in: unique, so it can anchor the source list's cursor where times may tie.
    private readonly Dictionary<string, long> _textEntryOrder = new(StringComparer.Ordinal);
    private long _lastTextEntryOrder;
    private readonly Dictionary<string, UploadRecord> _uploads = new(StringComparer.Ordinal);

    public TextEntry CreateTextEntry(string appId, CreateTextEntryRequest request)
    {
        lock (_gate)
        {
            var id = Guid.NewGuid().ToString();
            var now = IsoNow();
            var entry = new TextEntry
            {
                UniqueId = id,
                Title = request.Title,
                Text = request.Text,
                FileName = FileNameFor(request.Title),
                S3Key = $"{appId}/kb/text/{id}.md",
                Status = KnowledgeBaseStatus.Indexed,
                VectorizationStatus = "completed",
                IsActive = true,
                CreatedAt = now,
                UpdatedAt = now,
            };
            _textEntries.Add(id, entry);
            _textEntryOrder.Add(id, ++_lastTextEntryOrder);
            return Copy(entry, TextEntryJsonConverter.Instance);
        }
    }

    public List<TextEntry> ListTextEntries()
    {
        lock (_gate)
        {
            return [.. _textEntries.Values.OrderBy(e => e.CreatedAt, StringComparer.Ordinal).Select(e => Copy(e, TextEntryJsonConverter.Instance))];
        }
    }

    /// <summary>
    /// Every source (text entries, uploads and websites) as a list record with its position in the order sources were added,
    /// newest first.
    /// </summary>
    public List<(KnowledgeBaseRecord Record, long Order)> ListKnowledgeBaseSources(string appId)
    {
        lock (_gate)
        {
            var texts = _textEntries.Values.Select(e => (new KnowledgeBaseRecord
            {
                UniqueId = e.UniqueId,
                AppId = appId,
                SourceName = e.Title,
                Type = "text-details",
                Status = e.Status,
                LastSynced = e.UpdatedAt,
                CreatedAt = e.CreatedAt,
                UpdatedAt = e.UpdatedAt,
            }, _textEntryOrder[e.UniqueId!]));
            var uploads = _uploads.Values.Select(u => (new KnowledgeBaseRecord
            {
                UniqueId = u.Upload.UploadId,
                AppId = appId,
                SourceName = u.Upload.FileName,
                Type = "uploads",
                Status = KnowledgeBaseStatus.Indexed,
                LastSynced = u.CreatedAt,
                CreatedAt = u.CreatedAt,
                UpdatedAt = u.CreatedAt,
            }, u.Order));
            var websites = _websites.Values.Select(w => (WebsiteSource(w, appId), w.Order));
            return [.. texts.Concat(uploads).Concat(websites).OrderByDescending(s => s.Item2)];
        }
    }

    /// <summary>
    /// A source's extracted pages: a text entry is one page of its text; an upload has none, as the emulator never
    /// receives the file; a website has one page per indexed page. A source of another kind, or unknown, is
    /// <c>ERR_KB_NOT_FOUND</c>.
    /// </summary>
    public (SourceDetails Details, List<SourcePage> Pages) GetSourcePages(KnowledgeBaseSourceType sourceType, string id)
    {
        lock (_gate)
        {
            if (sourceType == KnowledgeBaseSourceType.Text && _textEntries.TryGetValue(id, out var entry))
            {
                var page = new SourcePage { Content = entry.Text, PageNumber = 1, CharCount = entry.Text?.Length ?? 0 };
                return (new SourceDetails { FileName = entry.FileName, TotalPages = 1, CreatedAt = entry.CreatedAt }, [page]);
            }

            if (sourceType == KnowledgeBaseSourceType.Uploads && _uploads.TryGetValue(id, out var upload))
            {
                return (new SourceDetails { FileName = upload.Upload.FileName, TotalPages = 0, CreatedAt = upload.CreatedAt }, []);
            }

            if (sourceType == KnowledgeBaseSourceType.Website && _websites.TryGetValue(id, out var website))
            {
                return WebsitePages(website);
            }

            throw new ApiError(404, CometChatErrorCodes.KbNotFound, $"The {sourceType.Value} source {id} does not exist.");
        }
    }

    /// <summary>Records an upload per file (indexed at once: the emulator neither receives the bytes nor indexes them).</summary>
    public List<PresignedUpload> InitiateUploads(string appId, IEnumerable<UploadFile> files)
    {
        lock (_gate)
        {
            var created = new List<PresignedUpload>();
            foreach (var file in files)
            {
                var id = Guid.NewGuid().ToString();
                var key = $"{appId}/kb/uploads/{id}{System.IO.Path.GetExtension(file.FileName)}";
                var upload = new PresignedUpload
                {
                    UploadId = id,
                    FileName = file.FileName,
                    MimeType = file.MimeType,
                    FileSize = file.FileSize,
                    S3Key = key,

                    // A reserved .invalid host: nothing serves it, as the emulator keeps no file contents.
                    PresignedUrl = "https://uploads.emulator.invalid/" + key,
                };
                _uploads.Add(id, new UploadRecord(upload, IsoNow(), ++_lastTextEntryOrder));
                created.Add(Copy(upload, PresignedUploadJsonConverter.Instance));
            }

            return created;
        }
    }

    /// <summary>Deletes the upload and unlinks it from every agent.</summary>
    public DeletedKnowledgeBaseSource DeleteUpload(string id)
    {
        lock (_gate)
        {
            if (!_uploads.Remove(id, out var upload))
            {
                throw new ApiError(404, CometChatErrorCodes.KbNotFound, $"The upload {id} does not exist.");
            }

            var linked = false;
            foreach (var agent in _agents.Values)
            {
                linked |= agent.Files is List<string> files && files.Remove(id);
            }

            return new DeletedKnowledgeBaseSource { UploadId = id, FileName = upload.Upload.FileName, DeletedFromAgents = linked, VectorsDeleted = true, S3FileDeleted = true };
        }
    }

    private sealed record UploadRecord(PresignedUpload Upload, string CreatedAt, long Order);

    /// <summary>The indexing state of each of <paramref name="ids"/> that exists; unknown IDs are left out.</summary>
    public List<KeyValuePair<string, string>> KnowledgeBaseStates(IEnumerable<string> ids)
    {
        lock (_gate)
        {
            var states = new List<KeyValuePair<string, string>>();
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (_textEntries.TryGetValue(id, out var entry))
                {
                    states.Add(new(id, (entry.Status ?? KnowledgeBaseStatus.Indexed).Value));
                }
                else if (_uploads.ContainsKey(id))
                {
                    states.Add(new(id, KnowledgeBaseStatus.Indexed.Value));
                }
                else if (_websites.TryGetValue(id, out var website))
                {
                    states.Add(new(id, WebsiteSourceStatus(website).Value));
                }
            }

            return states;
        }
    }

    public TextEntry GetTextEntry(string id)
    {
        lock (_gate)
        {
            return Copy(FindTextEntry(id), TextEntryJsonConverter.Instance);
        }
    }

    public TextEntry UpdateTextEntry(string id, UpdateTextEntryRequest request)
    {
        lock (_gate)
        {
            var entry = FindTextEntry(id);
            if (request.Title is not null)
            {
                entry.Title = request.Title;
                entry.FileName = FileNameFor(request.Title);
            }

            entry.Text = request.Text ?? entry.Text;
            entry.UpdatedAt = IsoNow();
            return Copy(entry, TextEntryJsonConverter.Instance);
        }
    }

    /// <summary>Deletes the entry and unlinks it from every agent.</summary>
    public DeletedKnowledgeBaseSource DeleteTextEntry(string id)
    {
        lock (_gate)
        {
            var entry = FindTextEntry(id);
            _textEntries.Remove(id);
            _textEntryOrder.Remove(id);
            var linked = false;
            foreach (var agent in _agents.Values)
            {
                linked |= agent.Files is List<string> files && files.Remove(id);
            }

            return new DeletedKnowledgeBaseSource { UniqueId = id, UniqueFileId = id, FileName = entry.FileName, DeletedFromAgents = linked, VectorsDeleted = true, S3FileDeleted = true };
        }
    }

    /// <summary>
    /// Links or unlinks text entries and uploads (in the agent's <c>files</c>) or websites (in its <c>websites</c>); all
    /// must exist, else <c>ERR_KB_NOT_FOUND</c>.
    /// </summary>
    public void LinkKnowledgeBase(string uid, KnowledgeBaseSourceType sourceType, IList<string> ids, bool add)
    {
        lock (_gate)
        {
            var agent = FindAgent(uid);
            foreach (var id in ids)
            {
                var exists = sourceType == KnowledgeBaseSourceType.Text ? _textEntries.ContainsKey(id)
                    : sourceType == KnowledgeBaseSourceType.Uploads ? _uploads.ContainsKey(id)
                    : sourceType == KnowledgeBaseSourceType.Website && _websites.ContainsKey(id);
                if (!exists)
                {
                    throw new ApiError(404, CometChatErrorCodes.KbNotFound, $"The {sourceType.Value} source {id} does not exist.");
                }
            }

            var files = (List<string>)(sourceType == KnowledgeBaseSourceType.Website ? agent.Websites! : agent.Files!);
            files.RemoveAll(ids.Contains);
            if (add)
            {
                files.AddRange(ids.Distinct(StringComparer.Ordinal));
            }

            agent.UpdatedAt = NextAiTimestamp();
        }
    }

    private TextEntry FindTextEntry(string id) =>
        _textEntries.TryGetValue(id, out var entry)
            ? entry
            : throw new ApiError(404, CometChatErrorCodes.KbNotFound, $"The text entry {id} does not exist.");

    /// <summary>The Markdown file name CometChat derives from the title, e.g. "Return policy" → return-policy.md.</summary>
    private static string FileNameFor(string title)
    {
        var slug = new string([.. title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return (slug.Length == 0 ? "entry" : slug) + ".md";
    }
}
