using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>
/// What representative AI Agents operations send (method, path, query, headers, body) and how they read the spec's
/// examples: bare objects and arrays, envelopes with extra members, both cursor paging shapes.
/// </summary>
public sealed class AiAgentsWireFormatTests
{
    private const string Base = TestClient.BaseUrl;
    private const string AgentUid = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    [Fact]
    public async Task Byo_create_posts_the_agent_with_the_chat_api_version_header_and_reads_the_wrapped_agent()
    {
        using var client = TestClient.Create(SpecExamples.CreateByoAgent, out var handler);

        var created = await client.AiAgents.CreateAsync(
            new CreateByoAgentRequest
            {
                Name = "Travel Planner",
                Icon = "https://example.com/icons/travel.png",
                IntegrateWith = ByoAgentFramework.Mastra,
                IntegrationType = ByoAgentIntegrationType.Agent,
                IntegrationMeta = new ByoAgentIntegrationMeta { BaseUrl = "https://agents.example.com/api", AgentId = "travelAgent" },
                Tools = ["searchFlights"],
            },
            chatApiVersion: "v3.0");

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "ai-agents/agents",
            """
            {
              "name": "Travel Planner",
              "icon": "https://example.com/icons/travel.png",
              "integrateWith": "mastra",
              "integrationType": "agent",
              "integrationMeta": { "baseUrl": "https://agents.example.com/api", "agentId": "travelAgent" },
              "tools": ["searchFlights"]
            }
            """);
        Assert.Equal("v3.0", handler.SingleRequest.Headers["chatApiVersion"]);
        Assert.Equal("3f2b8c1e-5d4a-4e7b-9c1f-2a6d8e0b4c7a", created.Agent.Uid);
        Assert.Equal(ByoAgentFramework.Mastra, created.Agent.IntegrateWith);
        Assert.Equal("6650c2f9e4b0a1b2c3d4e5f6", created.Agent.Id);
        Assert.Equal("2025-05-24T10:15:30.000Z", created.Agent.CreatedAt);
        Assert.Null(created.Agent.DeletedAt);
        Assert.Equal(["Find me a flight to Lisbon"], created.Agent.MetaData!.SuggestedMessages!);
    }

    [Fact]
    public async Task Byo_headers_keep_whichever_json_type_the_framework_uses()
    {
        using var client = TestClient.Create(SpecExamples.ListByoAgents, out var handler);

        var agents = await client.AiAgents.ListAsync();

        WireAssert.Request(handler.Requests[0], HttpMethod.Get, Base + "ai-agents/agents");
        Assert.Equal(2, agents.Count);
        Assert.Null(agents[0].IntegrationMeta!.Headers);
        Assert.Equal(ByoAgentFramework.Langgraph, agents[1].IntegrateWith);
        Assert.Equal("Basic dXNlcjpwYXNz", (string?)agents[1].IntegrationMeta!.Headers!["authorization"]);

        handler.EnqueueJson("""{"success": true}""");
        await client.AiAgents.UpdateAsync("9a1c7e52-0b3d-4f68-8e2a-5c4d1b7f9e03", new UpdateByoAgentRequest
        {
            IntegrationMeta = new ByoAgentIntegrationMeta { BaseUrl = "https://rasa.example.com", Headers = JsonValue.Create("x-token:abc") },
        });
        Assert.Equal("""{"integrationMeta":{"baseUrl":"https://rasa.example.com","headers":"x-token:abc"}}""", handler.Requests[1].BodyText);
        Assert.Null(handler.Requests[1].Headers.GetValueOrDefault("chatApiVersion"));
    }

    [Fact]
    public async Task Byo_create_rejects_a_name_over_100_characters_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.CreateByoAgent, out var handler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.AiAgents.CreateAsync(new CreateByoAgentRequest
        {
            Name = new string('a', 101),
            Icon = "https://example.com/a.png",
            IntegrateWith = ByoAgentFramework.AgUi,
            IntegrationType = ByoAgentIntegrationType.Agent,
        }));

        Assert.Contains("Name", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Tools_list_filters_by_type_and_create_sends_the_parameter_block()
    {
        using var client = TestClient.Create(SpecExamples.ListByoTools, out var handler);
        handler.EnqueueJson(SpecExamples.CreateByoTool);

        var tools = await client.AiAgentTools.ListAsync(new ListAiAgentToolsOptions { Type = ByoToolType.Tool });
        var tool = await client.AiAgentTools.CreateAsync(new ByoToolRequest
        {
            DisplayName = "Search flights",
            ExecutionText = "Searching flights...",
            Name = "searchFlights",
            Description = "Finds flights.",
            Parameters = new ToolParameters
            {
                Type = "object",
                Properties = new Dictionary<string, ToolParameterProperty> { ["from"] = new() { Type = "string", Description = "IATA code" } },
                Required = ["from"],
            },
        });

        WireAssert.Request(handler.Requests[0], HttpMethod.Get, Base + "ai-agents/tools?type=tool");
        WireAssert.Request(
            handler.Requests[1],
            HttpMethod.Post,
            Base + "ai-agents/tools",
            """
            {
              "displayName": "Search flights",
              "executionText": "Searching flights...",
              "name": "searchFlights",
              "description": "Finds flights.",
              "parameters": { "type": "object", "properties": { "from": { "type": "string", "description": "IATA code" } }, "required": ["from"] }
            }
            """);
        Assert.Equal(ByoToolType.Action, Assert.Single(tools).Type);
        Assert.Equal(["from", "to"], tool.Tool!.Parameters!.Properties.Keys.ToList());
        Assert.Equal("myapp_searchFlights", tool.Id);
    }

    [Fact]
    public async Task Agent_list_sends_search_and_cursor_query_and_walks_createdAt_cursors()
    {
        var second = """{"data": [], "meta": {"previous": {"affix": "prepend", "createdAt": 1700000000000}, "current": {"limit": 10, "count": 0}}}""";
        using var client = TestClient.Create(SpecExamples.ListAgents, out var handler);
        handler.EnqueueJson(second);

        var agents = await client.AgentBuilder.ListAllAsync(new ListAgentsOptions { Search = "support", Limit = 10, Affix = AiListAffix.Append, CreatedAt = 1690000000000 }).ToListAsync();

        Assert.Equal(2, handler.Requests.Count);
        WireAssert.Request(handler.Requests[0], HttpMethod.Get, Base + "ai-agents/agent-builder/agents?search=support&limit=10&affix=append&createdAt=1690000000000");
        WireAssert.Request(handler.Requests[1], HttpMethod.Get, Base + "ai-agents/agent-builder/agents?search=support&limit=10&affix=append&createdAt=1700000000000");
        var agent = Assert.Single(agents);
        Assert.Equal(AgentUid, agent.Uid);
        Assert.Equal(1700000000000, agent.CreatedAt);
        Assert.Equal(AgentRagVersion.V2, agent.RagVersion);
        Assert.Equal(0.7, agent.ModelMetaData!.Temperature);
    }

    [Fact]
    public async Task Agent_get_reads_the_bare_agent_and_link_operations_return_the_updated_agent()
    {
        using var client = TestClient.Create(SpecExamples.GetAgent, out var handler);
        handler.EnqueueJson(SpecExamples.AddAgentMcpServers);

        var agent = await client.AgentBuilder.GetAsync(AgentUid);
        var updated = await client.AgentBuilder.AddMcpServersAsync(AgentUid, new AgentMcpServersRequest { Mcps = ["docs-search"] });

        WireAssert.Request(handler.Requests[0], HttpMethod.Get, Base + "ai-agents/agent-builder/agents/" + AgentUid);
        WireAssert.Request(handler.Requests[1], HttpMethod.Patch, Base + $"ai-agents/agent-builder/agents/{AgentUid}/mcp/add", """{"mcps":["docs-search"]}""");
        Assert.Equal("Support Assistant", agent.Name);
        Assert.Equal(1700000500000, agent.LastMessageAt);
        Assert.Equal(["docs-search"], updated.McpServers!);
    }

    [Fact]
    public async Task Agent_tool_actions_and_knowledge_base_links_put_slug_and_source_type_in_the_path()
    {
        var handler = new RecordingHandler().EnqueueJson("""{"success": true}""").EnqueueJson("""{"success": true}""");
        using var client = TestClient.Create(handler);

        var enabled = await client.AgentBuilder.EnableToolActionsAsync(AgentUid, "gmail", new ToolActionsRequest { Actions = ["GMAIL_SEND_EMAIL"] });
        await client.AgentBuilder.RemoveKnowledgeBaseSourcesAsync(AgentUid, KnowledgeBaseSourceType.Text, new KnowledgeBaseSourcesRequest { UniqueIds = ["c1d2"] });

        WireAssert.Request(handler.Requests[0], HttpMethod.Patch, Base + $"ai-agents/agent-builder/agents/{AgentUid}/tools/gmail/actions/add", """{"actions":["GMAIL_SEND_EMAIL"]}""");
        WireAssert.Request(handler.Requests[1], HttpMethod.Patch, Base + $"ai-agents/agent-builder/agents/{AgentUid}/knowledge-base/text/remove", """{"uniqueIds":["c1d2"]}""");
        Assert.True(enabled.Success);
    }

    [Fact]
    public async Task Agent_enabled_items_sends_the_category_switches_and_reads_each_kind()
    {
        using var client = TestClient.Create(SpecExamples.ListAgentEnabledItems, out var handler);

        var items = await client.AgentBuilder.ListEnabledItemsAsync(AgentUid, new ListEnabledItemsOptions { Tools = true, FrontendActions = false, Key = "mail" });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + $"ai-agents/agent-builder/agents/{AgentUid}/enabled-items?tools=true&frontendActions=false&key=mail");
        Assert.Equal("GMAIL_SEND_EMAIL", Assert.Single(Assert.Single(items.Tools!).Actions!).Slug);
        Assert.Equal(ApiToolHttpMethod.Get, Assert.Single(items.ApiTools!).Method);
        Assert.Equal("openCart", Assert.Single(items.FrontendActions!).TriggerFunction);
        Assert.Equal("https://mcp.example.com/sse", Assert.Single(items.McpServers!).Url);
    }

    [Fact]
    public async Task Agent_create_rejects_instructions_over_32000_characters_before_sending()
    {
        using var client = TestClient.Create("{}", out var handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "a", Instruction = new string('x', 32001) }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Custom_variable_create_posts_the_variable_and_rejects_long_names()
    {
        using var client = TestClient.Create(SpecExamples.CreateCustomVariable, out var handler);

        var variable = await client.AgentVariables.CreateCustomAsync(new CreateCustomVariableRequest
        {
            Name = "user.plan",
            SourceType = CustomVariableSourceType.UserMetadata,
            SourcePath = "subscription.plan",
            DefaultValue = "free",
        });
        await Assert.ThrowsAsync<ArgumentException>(() => client.AgentVariables.CreateCustomAsync(new CreateCustomVariableRequest { Name = new string('v', 51), SourceType = CustomVariableSourceType.Constant }));

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "ai-agents/agent-builder/agents/variables/custom",
            """{"name":"user.plan","sourceType":"user_metadata","sourcePath":"subscription.plan","defaultValue":"free"}""");
        Assert.Equal("665f1c2b9d3e4a5b6c7d8e9f", variable.Id);
        Assert.Equal(AgentVariableCategory.Custom, variable.Category);
    }

    [Fact]
    public async Task Api_tool_create_sends_method_and_headers_text()
    {
        using var client = TestClient.Create(SpecExamples.CreateApiTool, out var handler);

        var tool = await client.AgentApiTools.CreateAsync(new CreateApiToolRequest
        {
            Slug = "order-status",
            Name = "Order status",
            Description = "Looks up an order.",
            Endpoint = "https://api.example.com/orders/{{orderId}}",
            Method = ApiToolHttpMethod.Get,
            EnableBasicAuth = false,
            Headers = """{"x-api-key": "demo"}""",
            Parameters = [new AgentToolParameter { Key = "orderId", Type = "string", Description = "ID of the order", Required = true }],
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "ai-agents/agent-builder/api-tools",
            """
            {
              "slug": "order-status", "name": "Order status", "description": "Looks up an order.",
              "endpoint": "https://api.example.com/orders/{{orderId}}", "method": "GET", "enableBasicAuth": false,
              "headers": "{\"x-api-key\": \"demo\"}",
              "parameters": [{ "key": "orderId", "type": "string", "description": "ID of the order", "required": true }]
            }
            """);
        Assert.Null(tool.BodyTemplate);
        Assert.Equal("order-status", tool.Tool!.Name);
    }

    [Fact]
    public async Task Mcp_server_get_and_list_read_bare_and_paged_servers()
    {
        using var client = TestClient.Create(SpecExamples.GetMcpServer, out var handler);
        handler.EnqueueJson(SpecExamples.ListMcpServers);

        var server = await client.McpServers.GetAsync("docs-search");
        var page = await client.McpServers.ListAsync(new ListMcpServersOptions { Limit = 5 });

        WireAssert.Request(handler.Requests[0], HttpMethod.Get, Base + "ai-agents/agent-builder/mcp-servers/docs-search");
        WireAssert.Request(handler.Requests[1], HttpMethod.Get, Base + "ai-agents/agent-builder/mcp-servers?limit=5");
        Assert.Equal("https://mcp.example.com/sse", server.Url);
        Assert.Equal("docs-search", Assert.Single(page.Items).Slug);
        Assert.Equal("1700000000000", page.Next!.Parameters["createdAt"]);
        Assert.Equal("prepend", page.Meta!.Previous!.Affix);
    }

    [Fact]
    public async Task Frontend_action_create_posts_the_trigger_function()
    {
        using var client = TestClient.Create(SpecExamples.CreateFrontendAction, out var handler);

        var action = await client.FrontendActions.CreateAsync(new CreateFrontendActionRequest { Name = "Open cart", Description = "Opens the cart.", TriggerFunction = "openCart" });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "ai-agents/agent-builder/frontend-actions", """{"name":"Open cart","description":"Opens the cart.","triggerFunction":"openCart"}""");
        Assert.Equal("myapp_openCart", action.Id);
    }

    [Fact]
    public async Task Knowledge_base_list_walks_string_cursors()
    {
        var last = """{"data": [], "meta": {"current": {"limit": 10, "count": 0}, "previous": {"affix": "prepend", "cursor": "1732492800000.12345"}}}""";
        using var client = TestClient.Create(SpecExamples.ListKnowledgeBase, out var handler);
        handler.EnqueueJson(last);

        var records = await client.KnowledgeBase.ListAllAsync(new ListKnowledgeBaseOptions { Limit = 10, StartTime = 1700000000000 }).ToListAsync();

        WireAssert.Request(handler.Requests[0], HttpMethod.Get, Base + "ai-agents/agent-builder/knowledge-base?limit=10&startTime=1700000000000");
        WireAssert.Request(handler.Requests[1], HttpMethod.Get, Base + "ai-agents/agent-builder/knowledge-base?limit=10&startTime=1700000000000&affix=append&cursor=1732492800000.12345");
        var record = Assert.Single(records);
        Assert.Equal(KnowledgeBaseStatus.Indexed, record.Status);
        Assert.Equal("uploads", record.Type);
    }

    [Fact]
    public async Task Knowledge_base_list_rejects_a_limit_over_100_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.ListKnowledgeBase, out var handler);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.KnowledgeBase.ListAsync(new ListKnowledgeBaseOptions { Limit = 101 }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Knowledge_base_uploads_status_and_deletes_read_their_shapes()
    {
        using var client = TestClient.Create(SpecExamples.InitiateKnowledgeBaseUploads, out var handler);
        handler.EnqueueJson(SpecExamples.PollKnowledgeBaseStatus).EnqueueJson(SpecExamples.DeleteKnowledgeBaseText);

        var uploads = await client.KnowledgeBase.InitiateUploadsAsync(new InitiateUploadsRequest
        {
            Files = [new UploadFile { FileName = "product-guide.pdf", MimeType = "application/pdf", FileSize = 248512 }],
        });
        var states = await client.KnowledgeBase.PollStatusAsync(new UniqueIdsQuery { UniqueId = ["0b6f2d3e-8c1a-4f5b-9e7d-1a2b3c4d5e6f"] });
        var deleted = await client.KnowledgeBase.DeleteTextAsync("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");

        WireAssert.Request(
            handler.Requests[0],
            HttpMethod.Post,
            Base + "ai-agents/agent-builder/knowledge-base/uploads/initiate",
            """{"files":[{"fileName":"product-guide.pdf","mimeType":"application/pdf","fileSize":248512}]}""");
        WireAssert.Request(handler.Requests[1], HttpMethod.Post, Base + "ai-agents/agent-builder/knowledge-base/status/poll", """{"uniqueId":["0b6f2d3e-8c1a-4f5b-9e7d-1a2b3c4d5e6f"]}""");
        WireAssert.Request(handler.Requests[2], HttpMethod.Delete, Base + "ai-agents/agent-builder/knowledge-base/text/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
        Assert.StartsWith("https://storage.example.com/", Assert.Single(uploads.Uploads).PresignedUrl, StringComparison.Ordinal);
        Assert.Equal(KnowledgeBaseStatus.Indexing, states["c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"]);
        Assert.True(deleted.VectorsDeleted);
        Assert.Equal("return-policy.md", deleted.FileName);
    }

    [Fact]
    public async Task Knowledge_base_discovered_urls_send_the_status_filter_and_crawl_limits_are_checked()
    {
        using var client = TestClient.Create(SpecExamples.ListDiscoveredUrls, out var handler);

        var page = await client.KnowledgeBase.ListDiscoveredUrlsAsync("a7b8c9d0", new ListDiscoveredUrlsOptions { Status = DiscoveredUrlStatus.Failed, Affix = AiListAffix.Prepend });
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.KnowledgeBase.CrawlWebsiteAsync(new CrawlWebsiteRequest { Url = "https://docs.example.com", MaxDepth = 11 }));

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "ai-agents/agent-builder/knowledge-base/website/a7b8c9d0/discovered-urls?affix=prepend&status=failed");
        var url = Assert.Single(page.Items);
        Assert.Equal(DiscoveredUrlStatus.Processed, url.Status);
        Assert.Equal(3, url.ChunksCreated);
        Assert.Equal("1732492800000.12345", page.Next!.Parameters["cursor"]);
    }

    [Fact]
    public async Task Knowledge_base_source_pages_send_page_and_limit_and_scrape_sends_the_format()
    {
        var handler = new RecordingHandler()
            .EnqueueJson(SpecExamples.AiAgentOperations["list-knowledge-base-source-pages"].Example)
            .EnqueueJson(SpecExamples.AiAgentOperations["scrape-page"].Example);
        using var client = TestClient.Create(handler);

        var pages = await client.KnowledgeBase.ListSourcePagesAsync(KnowledgeBaseSourceType.Uploads, "0b6f2d3e", new ListSourcePagesOptions { Limit = 5, Page = 2 });
        var scraped = await client.KnowledgeBase.ScrapePageAsync(new ScrapePageRequest { Url = "https://docs.example.com/guides/start", Format = ScrapeFormat.Html, Timeout = 60000 });

        WireAssert.Request(handler.Requests[0], HttpMethod.Get, Base + "ai-agents/agent-builder/knowledge-base/uploads/0b6f2d3e/pages?limit=5&page=2");
        WireAssert.Request(
            handler.Requests[1],
            HttpMethod.Post,
            Base + "ai-agents/agent-builder/knowledge-base/website/individual-page",
            """{"url":"https://docs.example.com/guides/start","timeout":60000,"format":"html"}""");
        Assert.Equal(2, pages.SourceDetails!.TotalPages);
        Assert.Equal(1, Assert.Single(pages.PageContent!).PageNumber);
        Assert.Equal("Firecrawl", scraped.Scraper);
        Assert.Equal("en", scraped.Metadata!.Language);
    }

    [Fact]
    public async Task Scrape_rejects_a_timeout_below_five_seconds_before_sending()
    {
        using var client = TestClient.Create("{}", out var handler);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.KnowledgeBase.ScrapePageAsync(new ScrapePageRequest { Url = "https://example.com", Timeout = 1000 }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Uploads_reject_a_file_over_50_megabytes_before_sending()
    {
        using var client = TestClient.Create("{}", out var handler);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.KnowledgeBase.InitiateUploadsAsync(new InitiateUploadsRequest
        {
            Files = [new UploadFile { FileName = "big.pdf", MimeType = "application/pdf", FileSize = 52428801 }],
        }));

        Assert.Contains("FileSize", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_nest_style_error_of_the_ai_agents_service_still_gives_status_and_message()
    {
        // The AI Agents service may answer errors as {statusCode, message, error} instead of CometChat's {"error": {...}}.
        var handler = new RecordingHandler().Enqueue(CannedResponse.Json("""{"statusCode": 404, "message": "Agent not found", "error": "Not Found"}""", System.Net.HttpStatusCode.NotFound));
        using var client = TestClient.Create(handler);

        var error = await Assert.ThrowsAsync<CometChatException>(() => client.AgentBuilder.GetAsync(AgentUid));

        Assert.Equal(404, error.Status);
        Assert.Null(error.ErrorCode);
        Assert.Contains("AgentBuilder.Get", error.Message, StringComparison.Ordinal);
        Assert.Contains("Agent not found", error.Message, StringComparison.Ordinal);
    }
}
