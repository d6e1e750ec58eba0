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
/// Knowledge-base websites: crawling a made-up site (see <see cref="EmulatedSite"/>; nothing is fetched), scraping one
/// page, listing, processing, polling and retrying the discovered pages, and deleting the website.
/// </summary>
internal sealed class KnowledgeBaseWebsiteEndpoints
{
    private const string Route = "/v3/ai-agents/agent-builder/knowledge-base/website";

    private static readonly string[] s_formats = ["markdown", "html", "text"];

    private readonly EmulatorStore _store;
    private readonly TimeProvider _time;

    public KnowledgeBaseWebsiteEndpoints(EmulatorStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Route + "/scrape", CrawlAsync);
        routes.MapPost(Route + "/individual-page", ScrapePageAsync);
        routes.MapGet(Route + "/{parentUniqueId}/discovered-urls", ListDiscoveredUrlsAsync);
        routes.MapPost(Route + "/{parentUniqueId}/discovered-urls/process", ProcessAsync);
        routes.MapPost(Route + "/{parentUniqueId}/discovered-urls/status/poll", PollStatusAsync);
        routes.MapPatch(Route + "/{parentUniqueId}/discovered-urls/sync", RetryAsync);
        routes.MapDelete(Route + "/{uniqueId}", context =>
            CursorResponse.WriteResultAsync(context, StatusCodes.Status200OK, "Website deleted successfully", _store.DeleteWebsite(context.RouteValue("uniqueId")), DeletedKnowledgeBaseSourceJsonConverter.Instance));
    }

    private async Task CrawlAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, CrawlWebsiteRequestJsonConverter.Instance, ["url"]).ConfigureAwait(false);
        var errors = new ValidationErrors();
        var url = CheckUrl(errors, request.Url);
        if (request.MaxDepth is < 1 or > 10)
        {
            errors.Add("maxDepth", "The maxDepth must be between 1 and 10.");
        }

        if (request.MaxPages is < 1 or > 10000)
        {
            errors.Add("maxPages", "The maxPages must be between 1 and 10000.");
        }

        errors.ThrowIfAny();
        var crawl = _store.CrawlWebsite(url, request);
        await CursorResponse.WriteResultAsync(context, StatusCodes.Status200OK, "Website crawl started", crawl, WebsiteCrawlJsonConverter.Instance).ConfigureAwait(false);
    }

    /// <summary>Scrapes one page of the made-up site; nothing is stored.</summary>
    private async Task ScrapePageAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ScrapePageRequestJsonConverter.Instance, ["url"]).ConfigureAwait(false);
        var errors = new ValidationErrors();
        var url = CheckUrl(errors, request.Url);
        if (request.Timeout is < 5000 or > 120000)
        {
            errors.Add("timeout", "The timeout must be between 5000 and 120000 milliseconds.");
        }

        var format = request.Format?.Value ?? "markdown";
        if (!s_formats.Contains(format, StringComparer.Ordinal))
        {
            errors.Add("format", "The format must be markdown, html or text.");
        }

        errors.ThrowIfAny();
        var title = EmulatedSite.Title(url);
        var description = EmulatedSite.Description(url);
        var content = EmulatedSite.Content(url, format);
        var page = new ScrapedPage
        {
            Url = url,
            Title = title,
            Description = description,
            Content = content,
            Metadata = new ScrapedPageMetadata
            {
                Og = new JsonObject { ["title"] = title, ["description"] = description, ["url"] = url },
                Twitter = new JsonObject { ["card"] = "summary", ["title"] = title },
                Canonical = url,
                Language = "en",
            },
            Scraper = "emulator",

            // A made-up duration: a tenth of a second plus a millisecond per 10 characters.
            CrawlDuration = 100 + (content.Length / 10),
            ContentLength = content.Length,
            Timestamp = _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        await CursorResponse.WriteResultAsync(context, StatusCodes.Status200OK, "Page scraped successfully", page, ScrapedPageJsonConverter.Instance).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of a website's pages in the order they were found, filtered by state and time. The cursor is
    /// <c>{createdAt ms}.{n}</c> like the source list's; only <c>n</c> (unique) is read back, and only
    /// <c>meta.next</c> is answered.
    /// </summary>
    private async Task ListDiscoveredUrlsAsync(HttpContext context)
    {
        var query = new QueryReader(context.Request);
        var limit = query.Integer("limit", 10, 1, 100);
        var affix = query.String("affix");
        if (affix is not null and not "append" and not "prepend")
        {
            query.Errors.Add("affix", "The affix must be append or prepend.");
        }

        var position = KnowledgeBaseEndpoints.ReadCursor(query);
        DiscoveredUrlStatus? status = null;
        if (query.String("status") is { } value)
        {
            var known = new DiscoveredUrlStatus(value);
            status = known;
            if (!known.IsKnown)
            {
                query.Errors.Add("status", "The status must be discovered, processing, processed, failed or skipped.");
            }
        }

        var startTime = query.Long("startTime");
        var endTime = query.Long("endTime");
        query.Errors.ThrowIfAny();

        var pages = _store.ListDiscoveredUrls(context.RouteValue("parentUniqueId"))
            .Where(p => (status is null || p.Page.Status == status) && (startTime is null || p.CreatedMs >= startTime) && (endTime is null || p.CreatedMs <= endTime))
            .ToList();

        // The slicer reads a list whose positions fall; the negated order makes the oldest page come first.
        var page = new CursorRequest(limit, affix == "prepend", -position).Slice(pages, p => -p.Order, "cursor");
        var next = page.Next is { } nextPosition ? new JsonObject { ["cursor"] = $"{page.Items[^1].CreatedMs}.{-nextPosition}" } : null;
        var items = page.Items.Select(p => p.Page).ToList();
        await CursorResponse.WritePageAsync(context, new CursorSlice<DiscoveredUrl>(items, limit, "cursor", null, null), DiscoveredUrlJsonConverter.Instance, next).ConfigureAwait(false);
    }

    private async Task ProcessAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ProcessDiscoveredUrlsRequestJsonConverter.Instance, ["exclude"]).ConfigureAwait(false);
        var batch = _store.ProcessDiscoveredUrls(context.RouteValue("parentUniqueId"), request.Exclude);
        await CursorResponse.WriteResultAsync(context, StatusCodes.Status200OK, "URLs queued for processing", batch, CrawlBatchJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task PollStatusAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, UniqueIdsQueryJsonConverter.Instance, ["uniqueId"]).ConfigureAwait(false);
        if (request.UniqueId.Count == 0)
        {
            throw ApiError.Validation("uniqueId", "At least one unique ID is required.");
        }

        await CursorResponse.WriteSuccessStatesAsync(context, _store.DiscoveredUrlStates(context.RouteValue("parentUniqueId"), request.UniqueId)).ConfigureAwait(false);
    }

    private async Task RetryAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, RetryDiscoveredUrlsRequestJsonConverter.Instance, ["uniqueIds"]).ConfigureAwait(false);
        var batch = _store.RetryDiscoveredUrls(context.RouteValue("parentUniqueId"), request.UniqueIds);
        await CursorResponse.WriteResultAsync(context, StatusCodes.Status200OK, "URLs queued for processing", batch, CrawlBatchJsonConverter.Instance).ConfigureAwait(false);
    }

    /// <summary>The normalized address, or a field error when it is not an absolute http(s) address.</summary>
    private static string CheckUrl(ValidationErrors errors, string? url)
    {
        if (url is { Length: > ValidationErrors.MaxUrlLength } || !EmulatedSite.TryNormalize(url, out var normalized))
        {
            errors.Add("url", "The url must be an absolute http or https address.");
            return "";
        }

        return normalized;
    }
}
