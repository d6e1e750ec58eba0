using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Knowledge-base websites: the emulated crawler, discovered pages moving through their states, and deleting.</summary>
public sealed class KnowledgeBaseWebsiteTests : IClassFixture<EmulatorFixture>
{
    private const string Site = "https://docs.example.com";

    private readonly EmulatorFixture _fixture;

    public KnowledgeBaseWebsiteTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task A_crawled_website_is_listed_processed_polled_retried_and_deleted()
    {
        // An emulator of its own with a clock that moves only when told, so indexing finishes exactly when expected.
        var time = new SkippingTimeProvider();
        await using var emulator = await Emulator.CometChatEmulator.StartAsync(new Emulator.EmulatorOptions { TimeProvider = time });
        using var client = new CometChatClient(emulator.CreateClientOptions());

        var crawl = await client.KnowledgeBase.CrawlWebsiteAsync(new CrawlWebsiteRequest { Url = Site + "/", MaxDepth = 2 });
        var id = crawl.CrawlId!;
        var first = await client.KnowledgeBase.ListDiscoveredUrlsAsync(id, new ListDiscoveredUrlsOptions { Limit = 5 });
        var second = await first.GetNextPageAsync();
        var third = await second!.GetNextPageAsync();
        var pages = first.Items.Concat(second.Items).Concat(third!.Items).ToList();

        Assert.Equal("discovered", crawl.Status);
        Assert.Null(crawl.Sitemap);
        Assert.Equal([5, 5, 3], new[] { first.Items.Count, second.Items.Count, third.Items.Count });
        Assert.False(third.HasNextPage);

        // The home page, the three pages it links to and the nine those link to, each found once.
        Assert.Equal(Site, pages[0].Url);
        Assert.Equal(13, pages.Select(p => p.Url).Distinct().Count());
        Assert.All(pages[1..4], p => Assert.Matches("^https://docs\\.example\\.com/[a-z]+$", p.Url));
        Assert.All(pages[4..], p => Assert.Matches("^https://docs\\.example\\.com/[a-z]+/[a-z]+$", p.Url));
        Assert.All(pages, p => Assert.Equal(DiscoveredUrlStatus.Discovered, p.Status));
        Assert.All(pages, p => Assert.StartsWith("# " + p.Title, p.Content, StringComparison.Ordinal));
        Assert.Equal(pages.Select(p => p.UrlId), await client.KnowledgeBase.ListDiscoveredUrlsAllAsync(id, new ListDiscoveredUrlsOptions { Limit = 4 }).Select(p => p.UrlId).ToListAsync());
        Assert.Contains(id, (await client.KnowledgeBase.ListAsync()).Items.Where(r => r.Type == "website" && r.SourceName == Site).Select(r => r.UniqueId));

        // The same address is the same site.
        var again = await client.KnowledgeBase.CrawlWebsiteAsync(new CrawlWebsiteRequest { Url = Site, MaxDepth = 2 });
        Assert.Equal(pages.Select(p => p.Url), await client.KnowledgeBase.ListDiscoveredUrlsAllAsync(again.CrawlId!).Select(p => p.Url).ToListAsync());

        // Two pages skipped (one by ID, one by address); the other eleven take two rounds of ten pages a second.
        var batch = await client.KnowledgeBase.ProcessDiscoveredUrlsAsync(id, new ProcessDiscoveredUrlsRequest { Exclude = [pages[1].UrlId!, pages[2].Url!] });
        var queued = await client.KnowledgeBase.PollDiscoveredUrlsStatusAsync(id, new UniqueIdsQuery { UniqueId = [.. pages.Select(p => p.UrlId!), "missing"] });

        Assert.Equal((11, 13, "processing"), (batch.UrlsProcessed, batch.TotalUrls, batch.Status));
        Assert.Equal(13, queued.Count);
        Assert.Equal(DiscoveredUrlStatus.Skipped, queued[pages[1].UrlId!]);
        Assert.Equal(DiscoveredUrlStatus.Skipped, queued[pages[2].UrlId!]);
        Assert.Equal(11, queued.Values.Count(s => s == DiscoveredUrlStatus.Processing));
        Assert.Equal(KnowledgeBaseStatus.Indexing, (await client.KnowledgeBase.PollStatusAsync(new UniqueIdsQuery { UniqueId = [id] }))[id]);

        time.Advance(TimeSpan.FromSeconds(1));
        var halfway = await client.KnowledgeBase.PollDiscoveredUrlsStatusAsync(id, new UniqueIdsQuery { UniqueId = [.. pages.Select(p => p.UrlId!)] });
        Assert.Equal(1, halfway.Values.Count(s => s == DiscoveredUrlStatus.Processing));

        time.Advance(TimeSpan.FromSeconds(1));
        var failed = await client.KnowledgeBase.ListDiscoveredUrlsAllAsync(id, new ListDiscoveredUrlsOptions { Status = DiscoveredUrlStatus.Failed }).ToListAsync();
        var processed = await client.KnowledgeBase.ListDiscoveredUrlsAllAsync(id, new ListDiscoveredUrlsOptions { Status = DiscoveredUrlStatus.Processed }).ToListAsync();

        // Some pages of this site fail their first indexing, always the same ones.
        Assert.NotEmpty(failed);
        Assert.Equal(11, failed.Count + processed.Count);
        Assert.All(failed, p => Assert.Equal((1, "failed", 0), (p.RetryCount, p.VectorizationStatus, p.ChunksCreated)));
        Assert.All(processed, p => Assert.Equal((0, "completed"), (p.RetryCount, p.VectorizationStatus)));
        Assert.All(processed, p => Assert.True(p.ChunksCreated > 0 && p.ChunksCreated == p.EmbeddingsGenerated));
        Assert.Equal(KnowledgeBaseStatus.Failed, (await client.KnowledgeBase.PollStatusAsync(new UniqueIdsQuery { UniqueId = [id] }))[id]);
        Assert.Equal(0, (await client.KnowledgeBase.ProcessDiscoveredUrlsAsync(id, new ProcessDiscoveredUrlsRequest { Exclude = [] })).UrlsProcessed);

        // An empty list retries every failed page; the retry succeeds.
        var retry = await client.KnowledgeBase.RetryDiscoveredUrlsAsync(id, new RetryDiscoveredUrlsRequest { UniqueIds = [] });
        var retryUnknown = await client.KnowledgeBase.RetryDiscoveredUrlsAsync(id, new RetryDiscoveredUrlsRequest { UniqueIds = ["missing", failed[0].UrlId!] });

        Assert.Equal(failed.Select(p => p.UrlId), retry.ProcessedUrls);
        Assert.Equal((failed.Count, failed.Count, 0), (retry.UrlsProcessed, retry.TotalRequested, retry.ExcludedUrls));
        Assert.Equal((0, 2, 2), (retryUnknown.UrlsProcessed, retryUnknown.TotalRequested, retryUnknown.ExcludedUrls));
        time.Advance(TimeSpan.FromSeconds(1));
        var retried = await client.KnowledgeBase.PollDiscoveredUrlsStatusAsync(id, new UniqueIdsQuery { UniqueId = [.. failed.Select(p => p.UrlId!)] });
        Assert.All(retried.Values, s => Assert.Equal(DiscoveredUrlStatus.Processed, s));
        Assert.Equal(KnowledgeBaseStatus.Indexed, (await client.KnowledgeBase.ListAsync()).Items.Single(r => r.UniqueId == id).Status);
        var sourcePages = await client.KnowledgeBase.ListSourcePagesAsync(KnowledgeBaseSourceType.Website, id, new ListSourcePagesOptions { Limit = 100 });
        Assert.Equal(11, sourcePages.SourceDetails!.TotalPages);
        Assert.Equal(Enumerable.Range(1, 11), sourcePages.PageContent!.Select(p => p.PageNumber!.Value));

        var agent = (await client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Docs" })).Agent;
        await client.AgentBuilder.AddKnowledgeBaseSourcesAsync(agent.Uid!, KnowledgeBaseSourceType.Website, new KnowledgeBaseSourcesRequest { UniqueIds = [id] });
        Assert.Equal([id], (await client.AgentBuilder.GetAsync(agent.Uid!)).Websites);

        var deleted = await client.KnowledgeBase.DeleteWebsiteAsync(id);

        Assert.Equal((id, true, true), (deleted.UniqueId, deleted.DeletedFromAgents, deleted.VectorsDeleted));
        Assert.Empty((await client.AgentBuilder.GetAsync(agent.Uid!)).Websites!);
        Assert.DoesNotContain(id, (await client.KnowledgeBase.ListAsync()).Items.Select(r => r.UniqueId));
        Assert.False((await client.KnowledgeBase.DeleteWebsiteAsync(again.CrawlId!)).DeletedFromAgents);
        await TestData.AssertFailsAsync(() => client.KnowledgeBase.DeleteWebsiteAsync(id), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => client.KnowledgeBase.ListDiscoveredUrlsAsync(id), CometChatErrorCodes.KbNotFound, 404);
    }

    [Fact]
    public async Task Filters_limits_and_the_sitemap_decide_which_pages_are_found()
    {
        var all = await CrawlAsync(new CrawlWebsiteRequest { Url = "https://shop.example.org" });
        var segment = all[1].Url![(all[1].Url!.LastIndexOf('/') + 1)..];
        var included = await CrawlAsync(new CrawlWebsiteRequest { Url = "https://shop.example.org", Include = ["/" + segment] });
        var excluded = await CrawlAsync(new CrawlWebsiteRequest { Url = "https://shop.example.org", Exclude = ["/" + segment] });
        var few = await CrawlAsync(new CrawlWebsiteRequest { Url = "https://shop.example.org", MaxPages = 5 });
        var shallow = await CrawlAsync(new CrawlWebsiteRequest { Url = "https://shop.example.org", MaxDepth = 1 });

        // The default depth of 3 with three links a page: 1 + 3 + 9 + 27 pages.
        Assert.Equal(40, all.Count);
        var withSegment = all.Where(p => p.Url!.Contains("/" + segment, StringComparison.Ordinal)).Select(p => p.Url).ToList();
        Assert.NotEmpty(withSegment);
        Assert.Equal(withSegment, included.Select(p => p.Url));
        Assert.Equal(all.Select(p => p.Url).Except(withSegment), excluded.Select(p => p.Url));
        Assert.Equal(all.Take(5).Select(p => p.Url), few.Select(p => p.Url));
        Assert.Equal(all.Take(4).Select(p => p.Url), shallow.Select(p => p.Url));

        // The sitemap lists the host's pages two levels deep; those under the start address are found too.
        var mapped = await Client.KnowledgeBase.CrawlWebsiteAsync(new CrawlWebsiteRequest { Url = "https://shop.example.org", MaxDepth = 1, FetchSitemap = true });
        var mappedPages = await Client.KnowledgeBase.ListDiscoveredUrlsAllAsync(mapped.CrawlId!, new ListDiscoveredUrlsOptions { Limit = 100 }).ToListAsync();
        var sitemap = mapped.Sitemap!;

        Assert.True(sitemap.Found);
        Assert.Equal("https://shop.example.org/sitemap.xml", sitemap.Url);
        Assert.Equal(13, sitemap.TotalUrls);
        Assert.Equal(all.Take(13).Select(p => p.Url), sitemap.Urls);
        Assert.Matches("^2025-\\d\\d-\\d\\d$", sitemap.LastModified);
        Assert.Equal(sitemap.Urls, mappedPages.Select(p => p.Url));

        // Starting below the home page keeps the crawl, and the sitemap's pages, under the start address.
        var below = await CrawlAsync(new CrawlWebsiteRequest { Url = all[1].Url!, MaxDepth = 1, FetchSitemap = true });
        Assert.Equal(all[1].Url, below[0].Url);
        Assert.All(below, p => Assert.StartsWith(all[1].Url!, p.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Discovered_pages_filter_by_state_and_time()
    {
        var crawl = await Client.KnowledgeBase.CrawlWebsiteAsync(new CrawlWebsiteRequest { Url = "https://filters.example.net", MaxDepth = 1 });
        var id = crawl.CrawlId!;
        var pages = await Client.KnowledgeBase.ListDiscoveredUrlsAllAsync(id).ToListAsync();
        var created = DateTimeOffset.Parse(pages[0].CreatedAt!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        await Client.KnowledgeBase.ProcessDiscoveredUrlsAsync(id, new ProcessDiscoveredUrlsRequest { Exclude = [pages[0].UrlId!] });

        Assert.Equal([pages[0].UrlId], await UrlIdsAsync(id, new ListDiscoveredUrlsOptions { Status = DiscoveredUrlStatus.Skipped }));
        Assert.Empty(await UrlIdsAsync(id, new ListDiscoveredUrlsOptions { Status = DiscoveredUrlStatus.Discovered }));
        Assert.Equal(4, (await UrlIdsAsync(id, new ListDiscoveredUrlsOptions { StartTime = created, EndTime = created })).Count);
        Assert.Empty(await UrlIdsAsync(id, new ListDiscoveredUrlsOptions { StartTime = created + 1 }));
        Assert.Empty(await UrlIdsAsync(id, new ListDiscoveredUrlsOptions { EndTime = created - 1 }));

        // A cursor from meta.next reads on after its page (append) or back to the pages just before it (prepend).
        var first = await Client.KnowledgeBase.ListDiscoveredUrlsAsync(id, new ListDiscoveredUrlsOptions { Limit = 3 });
        var cursor = first.Next!.Parameters["cursor"];
        var after = await Client.KnowledgeBase.ListDiscoveredUrlsAsync(id, new ListDiscoveredUrlsOptions { Limit = 3, Cursor = cursor, Affix = AiListAffix.Append });
        var before = await Client.KnowledgeBase.ListDiscoveredUrlsAsync(id, new ListDiscoveredUrlsOptions { Limit = 3, Cursor = cursor, Affix = AiListAffix.Prepend });

        Assert.Matches("^\\d+\\.\\d+$", cursor);
        Assert.Equal(pages.Skip(3).Select(p => p.UrlId), after.Items.Select(p => p!.UrlId));
        Assert.Equal(pages.Take(2).Select(p => p.UrlId), before.Items.Select(p => p!.UrlId));
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.ListDiscoveredUrlsAsync(id, new ListDiscoveredUrlsOptions { Cursor = "next" }), CometChatErrorCodes.BadRequest, 400);
    }

    [Fact]
    public async Task A_single_page_is_scraped_from_its_address_alone()
    {
        var markdown = await Client.KnowledgeBase.ScrapePageAsync(new ScrapePageRequest { Url = "https://Docs.Example.com/guides/getting-started/?utm=x#top" });
        var html = await Client.KnowledgeBase.ScrapePageAsync(new ScrapePageRequest { Url = "https://docs.example.com/guides/getting-started", Format = ScrapeFormat.Html, Timeout = 5000 });
        var again = await Client.KnowledgeBase.ScrapePageAsync(new ScrapePageRequest { Url = "https://docs.example.com/guides/getting-started" });

        Assert.Equal("https://docs.example.com/guides/getting-started", markdown.Url);
        Assert.Equal("Getting Started", markdown.Title);
        Assert.StartsWith("# Getting Started\n\n", markdown.Content, StringComparison.Ordinal);
        Assert.Equal(markdown.Content!.Length, markdown.ContentLength);
        Assert.Equal(markdown.Url, markdown.Metadata!.Canonical);
        Assert.Equal("Getting Started", markdown.Metadata.Og!["title"]!.GetValue<string>());
        Assert.StartsWith("<h1>Getting Started</h1>", html.Content, StringComparison.Ordinal);
        Assert.Equal(markdown.Content, again.Content);
        Assert.True(DateTimeOffset.TryParse(again.Timestamp, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Theory]
    [InlineData("docs.example.com")]
    [InlineData("ftp://docs.example.com")]
    [InlineData("https://")]
    [InlineData("")]
    public async Task A_bad_url_is_a_bad_request(string url)
    {
        var ex = await TestData.AssertFailsAsync(() => Client.KnowledgeBase.CrawlWebsiteAsync(new CrawlWebsiteRequest { Url = url }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.ScrapePageAsync(new ScrapePageRequest { Url = url }), CometChatErrorCodes.BadRequest, 400);

        Assert.Contains("url", ex.FieldErrors.Keys);
    }

    [Theory]
    [InlineData("website/scrape", "{\"url\": \"https://docs.example.com\", \"maxDepth\": 0}", "maxDepth")]
    [InlineData("website/scrape", "{\"url\": \"https://docs.example.com\", \"maxDepth\": 11}", "maxDepth")]
    [InlineData("website/scrape", "{\"url\": \"https://docs.example.com\", \"maxPages\": 0}", "maxPages")]
    [InlineData("website/scrape", "{\"url\": \"https://docs.example.com\", \"maxPages\": 10001}", "maxPages")]
    [InlineData("website/scrape", "{\"maxPages\": 10}", "url")]
    [InlineData("website/individual-page", "{\"url\": \"https://docs.example.com\", \"timeout\": 4999}", "timeout")]
    [InlineData("website/individual-page", "{\"url\": \"https://docs.example.com\", \"format\": \"pdf\"}", "format")]
    public async Task Out_of_range_limits_are_bad_requests(string path, string json, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "ai-agents/agent-builder/knowledge-base/" + path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("apikey", _fixture.Emulator.RestApiKey);

        using var response = await _fixture.Http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CometChatErrorCodes.BadRequest, error.GetProperty("code").GetString());
        Assert.True(error.GetProperty("details").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_unknown_website_is_not_found()
    {
        const string Missing = "00000000-0000-4000-8000-000000000000";

        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.ListDiscoveredUrlsAsync(Missing), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.ProcessDiscoveredUrlsAsync(Missing, new ProcessDiscoveredUrlsRequest { Exclude = [] }), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.PollDiscoveredUrlsStatusAsync(Missing, new UniqueIdsQuery { UniqueId = ["x"] }), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.RetryDiscoveredUrlsAsync(Missing, new RetryDiscoveredUrlsRequest { UniqueIds = [] }), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.RetrySourceIndexingAsync(KnowledgeBaseSourceType.Website, Missing), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.ListSourcePagesAsync(KnowledgeBaseSourceType.Website, Missing), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.DeleteWebsiteAsync(Missing), CometChatErrorCodes.KbNotFound, 404);
        var agent = (await Client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Nobody's docs" })).Agent;
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.AddKnowledgeBaseSourcesAsync(agent.Uid!, KnowledgeBaseSourceType.Website, new KnowledgeBaseSourcesRequest { UniqueIds = [Missing] }), CometChatErrorCodes.KbNotFound, 404);
    }

    private async Task<List<DiscoveredUrl>> CrawlAsync(CrawlWebsiteRequest request)
    {
        var crawl = await Client.KnowledgeBase.CrawlWebsiteAsync(request);
        return await Client.KnowledgeBase.ListDiscoveredUrlsAllAsync(crawl.CrawlId!, new ListDiscoveredUrlsOptions { Limit = 100 }).ToListAsync();
    }

    private async Task<List<string?>> UrlIdsAsync(string id, ListDiscoveredUrlsOptions options) =>
        await Client.KnowledgeBase.ListDiscoveredUrlsAllAsync(id, options).Select(p => p.UrlId).ToListAsync();
}
