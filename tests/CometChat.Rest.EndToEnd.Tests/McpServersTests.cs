using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Agent Builder MCP servers.</summary>
public sealed class McpServersTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public McpServersTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Mcp_servers_are_created_listed_updated_and_deleted()
    {
        var slug = TestData.NewUid("mcp");

        var created = await Client.McpServers.CreateAsync(new CreateMcpServerRequest { Slug = slug, Name = "Docs", Url = "https://mcp.example.com/sse" });
        var updated = await Client.McpServers.UpdateAsync(slug, new UpdateMcpServerRequest { Name = "Docs search", Description = "Searches the docs." });

        Assert.Equal(created.CreatedAt, updated.CreatedAt);
        Assert.True(updated.UpdatedAt > created.UpdatedAt);
        Assert.Equal("Docs search", (await Client.McpServers.GetAsync(slug)).Name);
        Assert.Contains(slug, (await Client.McpServers.ListAllAsync(new ListMcpServersOptions { Limit = 1 }).ToListAsync()).Select(s => s.Slug));
        await TestData.AssertFailsAsync(() => Client.McpServers.CreateAsync(new CreateMcpServerRequest { Slug = slug, Name = "Again", Url = "https://mcp.example.com" }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.McpServers.UpdateAsync(slug, new UpdateMcpServerRequest { Url = "ftp://x" }), CometChatErrorCodes.BadRequest, 400);

        Assert.True((await Client.McpServers.DeleteAsync(slug)).Success);
        await TestData.AssertFailsAsync(() => Client.McpServers.GetAsync(slug), CometChatErrorCodes.ToolNotFound, 404);
    }
}
