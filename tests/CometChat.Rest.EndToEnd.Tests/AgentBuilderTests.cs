using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Agent Builder agents and the tools, servers and actions linked to them.</summary>
public sealed class AgentBuilderTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AgentBuilderTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Agents_are_created_updated_linked_and_deleted()
    {
        var created = (await Client.AgentBuilder.CreateAsync(new CreateAgentRequest
        {
            Name = "Support Assistant",
            Instruction = "Be concise. The user is @var-auth:sender.name.",
            Tools = ["gmail"],
            MetaData = new JsonObject { ["team"] = "support" },
        })).Agent;
        var uid = created.Uid!;

        var updated = await Client.AgentBuilder.UpdateAsync(uid, new UpdateAgentRequest { Description = "Answers questions.", IsActive = false });
        var fetched = await Client.AgentBuilder.GetAsync(uid);

        Assert.Equal("Be concise. The user is {{sender.name}}.", created.FormattedInstruction);
        Assert.Equal(AgentRagVersion.V2, created.RagVersion);
        Assert.True(updated.Success);
        Assert.Equal("Answers questions.", fetched.Description);
        Assert.False(fetched.IsActive);
        Assert.Equal(["gmail"], fetched.Tools);
        Assert.True(fetched.UpdatedAt > created.UpdatedAt);

        var slug = TestData.NewUid("tool");
        await Client.AgentApiTools.CreateAsync(new CreateApiToolRequest { Slug = slug, Name = "T", Description = "D", Endpoint = "https://example.com", Method = ApiToolHttpMethod.Get, EnableBasicAuth = false });
        var linked = await Client.AgentBuilder.AddApiToolsAsync(uid, new AgentApiToolsRequest { ApiTools = [slug] });
        Assert.Equal([slug], linked.ApiTools);
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.AddApiToolsAsync(uid, new AgentApiToolsRequest { ApiTools = [slug] }), CometChatErrorCodes.ToolAlreadyAdded, 409);
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.AddMcpServersAsync(uid, new AgentMcpServersRequest { Mcps = ["missing"] }), CometChatErrorCodes.ToolNotFound, 404);
        Assert.Empty((await Client.AgentBuilder.RemoveApiToolsAsync(uid, new AgentApiToolsRequest { ApiTools = [slug] })).ApiTools!);

        var deleted = await Client.AgentBuilder.DeleteAsync(uid);

        Assert.True(deleted.Success);
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.GetAsync(uid), CometChatErrorCodes.AgentNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.UpdateAsync(uid, new UpdateAgentRequest { Name = "x" }), CometChatErrorCodes.AgentNotFound, 404);
    }

    [Fact]
    public async Task Agent_lists_search_and_walk_cursor_pages()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        foreach (var name in new[] { "Alpha", "Beta", "Alpha two", "Gamma" })
        {
            await client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = name });
        }

        var all = await client.AgentBuilder.ListAllAsync(new ListAgentsOptions { Limit = 1 }).ToListAsync();
        var alphas = await client.AgentBuilder.ListAllAsync(new ListAgentsOptions { Search = "alpha", Limit = 1 }).ToListAsync();

        Assert.Equal(["Gamma", "Alpha two", "Beta", "Alpha"], all.Select(a => a.Name));
        Assert.Equal(["Alpha two", "Alpha"], alphas.Select(a => a.Name));
        await TestData.AssertFailsAsync(() => client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "" }), CometChatErrorCodes.BadRequest, 400);
    }

    [Fact]
    public async Task Enabled_items_come_from_the_agent_links()
    {
        var slug = TestData.NewUid("tool");
        var trigger = "open" + TestData.NewTag();
        await Client.AgentApiTools.CreateAsync(new CreateApiToolRequest { Slug = slug, Name = "Orders", Description = "Looks up orders", Endpoint = "https://example.com", Method = ApiToolHttpMethod.Get, EnableBasicAuth = false });
        await Client.FrontendActions.CreateAsync(new CreateFrontendActionRequest { Name = "Open cart", Description = "Opens the cart", TriggerFunction = trigger });
        var uid = (await Client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Linked", Tools = ["gmail"], ApiTools = [slug] })).Agent.Uid!;
        await Client.AgentBuilder.AddFrontendActionsAsync(uid, new AgentFrontendActionsRequest { FrontendActions = [trigger] });

        var all = await Client.AgentBuilder.ListEnabledItemsAsync(uid);
        var onlyApiTools = await Client.AgentBuilder.ListEnabledItemsAsync(uid, new ListEnabledItemsOptions { Tools = false, FrontendActions = false, McpServers = false, Key = "orders" });

        Assert.Equal(["gmail"], all.Tools!.Select(t => t.Slug));
        Assert.Equal($"{_fixture.Emulator.AppId}_{trigger}", all.FrontendActions!.Single().Id);
        Assert.Equal(slug, all.ApiTools!.Single().Slug);
        Assert.Empty(all.McpServers!);
        Assert.Null(onlyApiTools.Tools);
        Assert.Equal(slug, onlyApiTools.ApiTools!.Single().Slug);
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.ListEnabledItemsAsync("missing"), CometChatErrorCodes.AgentNotFound, 404);

        await Client.AgentApiTools.DeleteAsync(slug);
        Assert.Empty((await Client.AgentBuilder.GetAsync(uid)).ApiTools!);
    }

    [Fact]
    public async Task Tool_search_matches_linked_tools_and_the_apps_api_tools_and_mcp_servers()
    {
        // An emulator of its own: the search covers every API tool and MCP server of the app.
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        await client.AgentApiTools.CreateAsync(new CreateApiToolRequest { Slug = "orders", Name = "Orders", Description = "Looks up orders", Endpoint = "https://example.com", Method = ApiToolHttpMethod.Get, EnableBasicAuth = false });
        await client.McpServers.CreateAsync(new CreateMcpServerRequest { Slug = "docs", Name = "Docs", Description = "Searches the order guide", Url = "https://mcp.example.com/sse" });
        var uid = (await client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Searcher", Tools = ["gmail"] })).Agent.Uid!;

        var all = await client.AgentBuilder.SearchToolsAsync(uid);
        var orders = await client.AgentBuilder.SearchToolsAsync(uid, new SearchAgentToolsOptions { Key = "ORDER" });

        Assert.True(all.Success);
        Assert.Equal(["gmail", "orders", "docs"], all.Results.Select(r => r.Slug));
        Assert.Equal(["orders", "docs"], orders.Results.Select(r => r.Slug));
        Assert.Equal("Looks up orders", orders.Results[0].Description);
        await TestData.AssertFailsAsync(() => client.AgentBuilder.SearchToolsAsync("00000000-0000-4000-8000-000000000000"), CometChatErrorCodes.AgentNotFound, 404);
    }

    [Fact]
    public async Task Actions_of_a_linked_ready_to_use_tool_are_enabled_listed_and_disabled()
    {
        var uid = (await Client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Mailer", Tools = ["gmail"] })).Agent.Uid!;

        Assert.True((await Client.AgentBuilder.EnableToolActionsAsync(uid, "gmail", new ToolActionsRequest { Actions = ["GMAIL_SEND_EMAIL", "GMAIL_READ_EMAIL"] })).Success);
        await Client.AgentBuilder.DisableToolActionsAsync(uid, "gmail", new ToolActionsRequest { Actions = ["GMAIL_READ_EMAIL"] });
        var actions = await Client.AgentBuilder.ListToolActionsAsync(uid, "gmail");
        var enabled = await Client.AgentBuilder.ListEnabledItemsAsync(uid);

        Assert.Equal(["GMAIL_SEND_EMAIL"], actions.Select(a => a.Name));
        Assert.Equal(["GMAIL_SEND_EMAIL"], enabled.Tools!.Single().Actions!.Select(a => a.Slug));
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.EnableToolActionsAsync(uid, "slack", new ToolActionsRequest { Actions = ["SLACK_POST"] }), CometChatErrorCodes.ToolNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.ListToolActionsAsync("00000000-0000-4000-8000-000000000000", "gmail"), CometChatErrorCodes.AgentNotFound, 404);
    }
}
