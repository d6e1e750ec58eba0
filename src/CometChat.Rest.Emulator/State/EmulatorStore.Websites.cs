using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Crawled websites of the knowledge base. A crawl discovers the pages of the made-up site behind the address
// (EmulatedSite) at once; processing then moves them from discovered through processing to processed or failed on the
// emulator's clock, so a client polls for the outcome as it would against CometChat.
internal sealed partial class EmulatorStore
{
    /// <summary>Pages the emulated crawler indexes at the same time; each such group takes <see cref="PageIndexingTime"/>.</summary>
    public const int PagesIndexedTogether = 10;

    /// <summary>How long indexing a group of pages takes on the emulator's clock.</summary>
    public static readonly TimeSpan PageIndexingTime = TimeSpan.FromSeconds(1);

    // Characters per chunk when a page is split for embedding.
    private const int ChunkLength = 200;

    // The length of the content preview in discovered-page lists.
    private const int PreviewLength = 500;

    private readonly Dictionary<string, WebsiteRecord> _websites = new(StringComparer.Ordinal);
    private long _lastPageOrder;
    private long _lastBatch;

    /// <summary>
    /// Crawls the made-up site behind <paramref name="startUrl"/> (normalized, the limits checked): with
    /// <c>fetchSitemap</c> the sitemap's pages under the start address first, then the pages reached by following links
    /// breadth first up to <c>maxDepth</c>, keeping those that pass the include and exclude filters, up to <c>maxPages</c>.
    /// </summary>
    public WebsiteCrawl CrawlWebsite(string startUrl, CrawlWebsiteRequest request)
    {
        var maxDepth = request.MaxDepth ?? 3;
        var maxPages = request.MaxPages ?? 100;
        var include = request.Include?.Where(text => text.Length > 0).ToList() ?? [];
        var exclude = request.Exclude?.Where(text => text.Length > 0).ToList() ?? [];
        bool Accepted(string url) =>
            (include.Count == 0 || include.Exists(text => url.Contains(text, StringComparison.Ordinal)))
            && !exclude.Exists(text => url.Contains(text, StringComparison.Ordinal));

        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Sitemap? sitemap = null;
        if (request.FetchSitemap == true)
        {
            var listed = EmulatedSite.SitemapUrls(startUrl);
            sitemap = new Sitemap
            {
                Found = true,
                Url = EmulatedSite.SitemapUrl(startUrl),
                TotalUrls = listed.Count,
                Urls = listed,
                LastModified = EmulatedSite.SitemapLastModified(startUrl),
            };
            foreach (var url in listed.Where(url => (url == startUrl || url.StartsWith(startUrl + "/", StringComparison.Ordinal)) && Accepted(url)))
            {
                if (found.Count < maxPages && seen.Add(url))
                {
                    found.Add(url);
                }
            }
        }

        // Links are followed through pages the filters leave out, so an include filter can reach deep pages.
        var queue = new Queue<(string Url, int Depth)>();
        queue.Enqueue((startUrl, 0));
        while (queue.Count > 0 && found.Count < maxPages)
        {
            var (url, depth) = queue.Dequeue();
            if (Accepted(url) && seen.Add(url))
            {
                found.Add(url);
            }

            if (depth < maxDepth)
            {
                foreach (var link in EmulatedSite.Links(url))
                {
                    queue.Enqueue((link, depth + 1));
                }
            }
        }

        lock (_gate)
        {
            var id = Guid.NewGuid().ToString();
            var createdMs = NextAiTimestamp();
            var createdAt = Iso(createdMs);
            var website = new WebsiteRecord(id, startUrl, createdAt, createdMs, ++_lastTextEntryOrder);
            foreach (var url in found)
            {
                var page = new PageRecord(Guid.NewGuid().ToString(), url, ++_lastPageOrder, createdAt, createdMs) { UpdatedAt = createdAt, LastCrawledAt = createdAt };
                website.Pages.Add(page);
                website.PagesById.Add(page.UrlId, page);
            }

            _websites.Add(id, website);

            // A made-up duration: a quarter second to start, 40 ms a page.
            return new WebsiteCrawl { CrawlId = id, CrawlDuration = 250 + (40 * found.Count), Status = "discovered", Sitemap = sitemap };
        }
    }

    /// <summary>A website's pages in the order they were found, each with its cursor position and time.</summary>
    public List<(DiscoveredUrl Page, long Order, long CreatedMs)> ListDiscoveredUrls(string websiteId)
    {
        lock (_gate)
        {
            var website = FindWebsite(websiteId);
            Settle(website);
            return [.. website.Pages.Select(page => (ToDiscoveredUrl(page), page.Order, page.CreatedMs))];
        }
    }

    /// <summary>
    /// Marks the discovered pages named in <paramref name="exclude"/> (by ID or address) as skipped and queues the other
    /// discovered pages for indexing. Pages already queued, indexed or failed are left as they are.
    /// </summary>
    public CrawlBatch ProcessDiscoveredUrls(string websiteId, IList<string> exclude)
    {
        lock (_gate)
        {
            var website = FindWebsite(websiteId);
            Settle(website);
            var excluded = new HashSet<string>(exclude, StringComparer.Ordinal);
            var waiting = website.Pages.Where(page => page.Status == DiscoveredUrlStatus.Discovered).ToList();
            var now = IsoNow();
            foreach (var page in waiting.Where(page => excluded.Contains(page.UrlId) || excluded.Contains(page.Url)))
            {
                page.Status = DiscoveredUrlStatus.Skipped;
                page.UpdatedAt = now;
            }

            var batch = Queue(website, [.. waiting.Where(page => page.Status == DiscoveredUrlStatus.Discovered)]);
            batch.TotalUrls = website.Pages.Count;
            return batch;
        }
    }

    /// <summary>The crawl state of each of <paramref name="ids"/> that is a page of the website; unknown IDs are left out.</summary>
    public List<KeyValuePair<string, string>> DiscoveredUrlStates(string websiteId, IEnumerable<string> ids)
    {
        lock (_gate)
        {
            var website = FindWebsite(websiteId);
            Settle(website);
            return [.. ids.Distinct(StringComparer.Ordinal)
                .Where(website.PagesById.ContainsKey)
                .Select(id => new KeyValuePair<string, string>(id, website.PagesById[id].Status.Value))];
        }
    }

    /// <summary>
    /// Queues the pages in <paramref name="ids"/> for indexing again, or every failed page when it is empty. Unknown
    /// pages and pages still being indexed are counted as excluded.
    /// </summary>
    public CrawlBatch RetryDiscoveredUrls(string websiteId, IList<string> ids)
    {
        lock (_gate)
        {
            var website = FindWebsite(websiteId);
            Settle(website);
            var requested = ids.Count == 0
                ? [.. website.Pages.Where(page => page.Status == DiscoveredUrlStatus.Failed).Select(page => page.UrlId)]
                : ids.Distinct(StringComparer.Ordinal).ToList();
            var pages = requested
                .Select(id => website.PagesById.GetValueOrDefault(id))
                .OfType<PageRecord>()
                .Where(page => page.Status != DiscoveredUrlStatus.Processing)
                .ToList();
            var batch = Queue(website, pages);
            batch.TotalRequested = requested.Count;
            batch.ExcludedUrls = requested.Count - pages.Count;
            batch.ProcessedUrls = [.. pages.Select(page => page.UrlId)];
            return batch;
        }
    }

    /// <summary>
    /// Retries indexing a source: a website queues its failed pages again; text entries and uploads are indexed
    /// already, so for them the source only has to exist (<c>ERR_KB_NOT_FOUND</c>).
    /// </summary>
    public void RetryKnowledgeBaseSource(KnowledgeBaseSourceType sourceType, string id)
    {
        if (sourceType == KnowledgeBaseSourceType.Website)
        {
            RetryDiscoveredUrls(id, []);
        }
        else
        {
            GetSourcePages(sourceType, id);
        }
    }

    /// <summary>Deletes the website with its pages and unlinks it from every agent.</summary>
    public DeletedKnowledgeBaseSource DeleteWebsite(string id)
    {
        lock (_gate)
        {
            if (!_websites.Remove(id))
            {
                throw WebsiteNotFound(id);
            }

            var linked = false;
            foreach (var agent in _agents.Values)
            {
                linked |= agent.Websites is List<string> websites && websites.Remove(id);
            }

            return new DeletedKnowledgeBaseSource { UniqueId = id, DeletedFromAgents = linked, VectorsDeleted = true };
        }
    }

    /// <summary>The website as a knowledge-base source: named by its address, with the state of its pages as a whole.</summary>
    private KnowledgeBaseRecord WebsiteSource(WebsiteRecord website, string appId)
    {
        Settle(website);
        var indexed = website.Pages.Where(page => page.Status == DiscoveredUrlStatus.Processed).Select(page => page.UpdatedAt).DefaultIfEmpty(website.CreatedAt).Max(StringComparer.Ordinal);
        return new KnowledgeBaseRecord
        {
            UniqueId = website.UniqueId,
            AppId = appId,
            SourceName = website.Url,
            Type = "website",
            Status = WebsiteSourceStatus(website),
            LastSynced = indexed,
            CreatedAt = website.CreatedAt,
            UpdatedAt = website.Pages.Select(page => page.UpdatedAt).DefaultIfEmpty(website.CreatedAt).Max(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The state of the website as a whole: indexing while pages are queued or not processed yet, failed when a page
    /// failed, indexed once every page that was not skipped is.
    /// </summary>
    private KnowledgeBaseStatus WebsiteSourceStatus(WebsiteRecord website)
    {
        Settle(website);
        if (website.Pages.Exists(page => page.Status == DiscoveredUrlStatus.Processing))
        {
            return KnowledgeBaseStatus.Indexing;
        }

        if (website.Pages.Exists(page => page.Status == DiscoveredUrlStatus.Failed))
        {
            return KnowledgeBaseStatus.Failed;
        }

        return website.Pages.Exists(page => page.Status == DiscoveredUrlStatus.Processed) && !website.Pages.Exists(page => page.Status == DiscoveredUrlStatus.Discovered)
            ? KnowledgeBaseStatus.Indexed
            : KnowledgeBaseStatus.Indexing;
    }

    /// <summary>The indexed pages of a website, as source pages in the order they were found.</summary>
    private (SourceDetails Details, List<SourcePage> Pages) WebsitePages(WebsiteRecord website)
    {
        Settle(website);
        var pages = new List<SourcePage>();
        foreach (var page in website.Pages.Where(page => page.Status == DiscoveredUrlStatus.Processed))
        {
            var text = EmulatedSite.Markdown(page.Url);
            pages.Add(new SourcePage { Content = text, PageNumber = pages.Count + 1, CharCount = text.Length });
        }

        return (new SourceDetails { FileName = website.Url, TotalPages = pages.Count, CreatedAt = website.CreatedAt }, pages);
    }

    /// <summary>Queues <paramref name="pages"/> for indexing now, <see cref="PagesIndexedTogether"/> at a time.</summary>
    private CrawlBatch Queue(WebsiteRecord website, List<PageRecord> pages)
    {
        var start = _time.GetUtcNow();
        var now = IsoNow();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            page.Status = DiscoveredUrlStatus.Processing;
            page.Attempts++;
            page.DueAt = start + (PageIndexingTime * ((i / PagesIndexedTogether) + 1));
            page.UpdatedAt = now;
        }

        var batchId = "batch_" + (++_lastBatch).ToString(CultureInfo.InvariantCulture);
        return new CrawlBatch
        {
            BatchId = batchId,
            UrlsProcessed = pages.Count,

            // A reserved .invalid host: the emulator calls no webhooks.
            WebhookUrl = $"https://crawler.emulator.invalid/webhooks/{website.UniqueId}/{batchId}",
            Status = pages.Count == 0 ? "completed" : "processing",
        };
    }

    /// <summary>Finishes the pages whose indexing time has come on the emulator's clock.</summary>
    private void Settle(WebsiteRecord website)
    {
        var now = _time.GetUtcNow();
        foreach (var page in website.Pages)
        {
            if (page.Status != DiscoveredUrlStatus.Processing || page.DueAt is not { } due || due > now)
            {
                continue;
            }

            var at = Iso(due.ToUnixTimeMilliseconds());
            page.DueAt = null;
            page.UpdatedAt = at;
            page.LastCrawledAt = at;
            if (page.Attempts == 1 && EmulatedSite.FailsFirstIndexing(page.Url))
            {
                page.Status = DiscoveredUrlStatus.Failed;
                page.RetryCount++;
            }
            else
            {
                page.Status = DiscoveredUrlStatus.Processed;
            }
        }
    }

    private static DiscoveredUrl ToDiscoveredUrl(PageRecord page)
    {
        var content = EmulatedSite.Markdown(page.Url);
        var processed = page.Status == DiscoveredUrlStatus.Processed;
        var chunks = processed ? (content.Length + ChunkLength - 1) / ChunkLength : 0;
        return new DiscoveredUrl
        {
            UrlId = page.UrlId,
            Url = page.Url,
            Title = EmulatedSite.Title(page.Url),
            Description = EmulatedSite.Description(page.Url),
            Content = content.Length > PreviewLength ? content[..PreviewLength] : content,
            Status = page.Status,
            LastCrawledAt = page.LastCrawledAt,
            RetryCount = page.RetryCount,
            CreatedAt = page.CreatedAt,
            UpdatedAt = page.UpdatedAt,
            VectorizationStatus = page.Status.Value switch
            {
                "processed" => "completed",
                "processing" => "processing",
                "failed" => "failed",
                _ => "pending",
            },
            ChunksCreated = chunks,
            EmbeddingsGenerated = chunks,
        };
    }

    private WebsiteRecord FindWebsite(string id) =>
        _websites.TryGetValue(id, out var website) ? website : throw WebsiteNotFound(id);

    private static ApiError WebsiteNotFound(string id) =>
        new(404, CometChatErrorCodes.KbNotFound, $"The website {id} does not exist.");

    private static string Iso(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private sealed class WebsiteRecord(string uniqueId, string url, string createdAt, long createdMs, long order)
    {
        public string UniqueId { get; } = uniqueId;

        /// <summary>The normalized start address.</summary>
        public string Url { get; } = url;

        public string CreatedAt { get; } = createdAt;

        public long CreatedMs { get; } = createdMs;

        /// <summary>Position among all knowledge-base sources, shared with text entries and uploads.</summary>
        public long Order { get; } = order;

        /// <summary>The pages in the order they were found.</summary>
        public List<PageRecord> Pages { get; } = [];

        public Dictionary<string, PageRecord> PagesById { get; } = new(StringComparer.Ordinal);
    }

    private sealed class PageRecord(string urlId, string url, long order, string createdAt, long createdMs)
    {
        public string UrlId { get; } = urlId;

        public string Url { get; } = url;

        /// <summary>Unique across websites: the cursor of the discovered-page list.</summary>
        public long Order { get; } = order;

        public string CreatedAt { get; } = createdAt;

        public long CreatedMs { get; } = createdMs;

        public DiscoveredUrlStatus Status { get; set; } = DiscoveredUrlStatus.Discovered;

        public required string UpdatedAt { get; set; }

        public required string LastCrawledAt { get; set; }

        public int RetryCount { get; set; }

        // Times indexing was started, to fail only the first attempt of a failing page.
        public int Attempts { get; set; }

        /// <summary>When the indexing under way ends, on the emulator's clock.</summary>
        public DateTimeOffset? DueAt { get; set; }
    }
}
