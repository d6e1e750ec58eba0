using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Agent Builder API tools: CRUD by slug and cursor pages by createdAt.</summary>
public sealed class AgentApiToolsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AgentApiToolsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    private static CreateApiToolRequest NewTool(string slug) => new()
    {
        Slug = slug,
        Name = "Order status",
        Description = "Looks up an order.",
        Endpoint = "https://api.example.com/orders/{{orderId}}",
        Method = ApiToolHttpMethod.Get,
        EnableBasicAuth = false,
        Parameters = [new AgentToolParameter { Key = "orderId", Type = "string", Description = "ID of the order", Required = true }],
    };

    [Fact]
    public async Task Api_tools_are_created_updated_and_deleted()
    {
        var slug = TestData.NewUid("tool");

        var created = await Client.AgentApiTools.CreateAsync(NewTool(slug));
        var updated = await Client.AgentApiTools.UpdateAsync(slug, new UpdateApiToolRequest { Slug = slug + "-v2", Method = ApiToolHttpMethod.Post, BodyTemplate = "{\"id\": \"{{orderId}}\"}" });

        Assert.Equal(_fixture.Emulator.AppId, created.AppId);
        Assert.Equal(24, created.Id!.Length);
        Assert.Equal(["orderId"], created.Tool!.Parameters!.Required);
        Assert.Equal("ID of the order", created.Tool.Parameters.Properties["orderId"].Description);
        Assert.Equal(ApiToolHttpMethod.Post, updated.Method);
        Assert.Equal("Order status", updated.Name);
        Assert.Equal(slug + "-v2", (await Client.AgentApiTools.GetAsync(slug + "-v2")).Slug);
        await TestData.AssertFailsAsync(() => Client.AgentApiTools.GetAsync(slug), CometChatErrorCodes.ToolNotFound, 404);

        var deleted = await Client.AgentApiTools.DeleteAsync(slug + "-v2");

        Assert.True(deleted.Success);
        await TestData.AssertFailsAsync(() => Client.AgentApiTools.DeleteAsync(slug + "-v2"), CometChatErrorCodes.ToolNotFound, 404);
    }

    [Fact]
    public async Task Api_tool_errors()
    {
        var slug = TestData.NewUid("tool");
        await Client.AgentApiTools.CreateAsync(NewTool(slug));

        await TestData.AssertFailsAsync(() => Client.AgentApiTools.CreateAsync(NewTool(slug)), CometChatErrorCodes.BadRequest, 400);
        var noCredentials = NewTool(TestData.NewUid("tool"));
        noCredentials.EnableBasicAuth = true;
        await TestData.AssertFailsAsync(() => Client.AgentApiTools.CreateAsync(noCredentials), CometChatErrorCodes.BadRequest, 400);
        var badUrl = NewTool(TestData.NewUid("tool"));
        badUrl.Endpoint = "not a url";
        await TestData.AssertFailsAsync(() => Client.AgentApiTools.CreateAsync(badUrl), CometChatErrorCodes.BadRequest, 400);
    }

    [Fact]
    public async Task Lists_walk_cursor_pages_newest_first()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var slugs = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            slugs.Add((await client.AgentApiTools.CreateAsync(NewTool($"tool-{i}"))).Slug!);
        }

        var first = await client.AgentApiTools.ListAsync(new ListApiToolsOptions { Limit = 2 });
        var walked = await client.AgentApiTools.ListAllAsync(new ListApiToolsOptions { Limit = 2 }).ToListAsync();
        var last = await client.AgentApiTools.ListAsync(new ListApiToolsOptions { Limit = 2, Affix = AiListAffix.Append, CreatedAt = walked[3].CreatedAt });
        var before = await client.AgentApiTools.ListAsync(new ListApiToolsOptions { Limit = 2, Affix = AiListAffix.Prepend, CreatedAt = walked[4].CreatedAt });

        Assert.Equal(["tool-4", "tool-3"], first.Items.Select(t => t.Slug));
        Assert.Null(first.Meta!.Previous);
        Assert.Equal(2, first.Meta.Current!.Count);
        Assert.Equal(Enumerable.Reverse(slugs), walked.Select(t => t.Slug));
        Assert.Equal(["tool-0"], last.Items.Select(t => t.Slug));
        Assert.False(last.HasNextPage);
        Assert.Equal(["tool-2", "tool-1"], before.Items.Select(t => t.Slug));
        Assert.NotNull(before.Meta!.Previous);
    }
}
