using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Bring-your-own agents and tools.</summary>
public sealed class AiAgentsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AiAgentsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Byo_agents_are_created_listed_updated_and_deleted()
    {
        var created = (await Client.AiAgents.CreateAsync(new CreateByoAgentRequest
        {
            Name = "Travel Planner",
            Icon = "https://example.com/travel.png",
            IntegrateWith = ByoAgentFramework.Mastra,
            IntegrationType = ByoAgentIntegrationType.Agent,
            IntegrationMeta = new ByoAgentIntegrationMeta { BaseUrl = "https://agents.example.com/api", AgentId = "travel" },
        })).Agent;

        var updated = await Client.AiAgents.UpdateAsync(created.Uid!, new UpdateByoAgentRequest { Name = "Trip Planner", IsActive = false });
        var listed = (await Client.AiAgents.ListAsync()).Single(a => a.Uid == created.Uid);

        Assert.Equal(_fixture.Emulator.AppId, created.AppId);
        Assert.EndsWith("Z", created.CreatedAt);
        Assert.True(updated.Success);
        Assert.Equal("Trip Planner", listed.Name);
        Assert.False(listed.IsActive);
        Assert.Equal("travel", listed.IntegrationMeta!.AgentId);

        Assert.True((await Client.AiAgents.DeleteAsync(created.Uid!)).Success);
        Assert.DoesNotContain(created.Uid, (await Client.AiAgents.ListAsync()).Select(a => a.Uid));
        await TestData.AssertFailsAsync(() => Client.AiAgents.DeleteAsync(created.Uid!), CometChatErrorCodes.AgentNotFound, 404);
        await TestData.AssertFailsAsync(
            () => Client.AiAgents.CreateAsync(new CreateByoAgentRequest { Name = "Bad", Icon = "i", IntegrateWith = ByoAgentFramework.Mastra, IntegrationType = ByoAgentIntegrationType.Agent, IntegrationMeta = new ByoAgentIntegrationMeta { BaseUrl = "nope" } }),
            CometChatErrorCodes.BadRequest,
            400);
    }

    [Fact]
    public async Task Byo_tools_are_typed_by_doNotExecute()
    {
        var name = "search" + TestData.NewTag();
        var request = new ByoToolRequest
        {
            Name = name,
            DisplayName = "Search flights",
            ExecutionText = "Searching...",
            Description = "Finds flights.",
            Parameters = new ToolParameters { Type = "object", Properties = new Dictionary<string, ToolParameterProperty> { ["from"] = new() { Type = "string", Description = "From" } }, Required = ["from"] },
        };

        var created = await Client.AiAgentTools.CreateAsync(request);
        request.DoNotExecute = true;
        var updated = await Client.AiAgentTools.UpdateAsync(name, request);

        Assert.Equal($"{_fixture.Emulator.AppId}_{name}", created.Id);
        Assert.Equal(ByoToolType.Action, created.Type);
        Assert.Equal(["from"], created.Tool!.Parameters!.Required);
        Assert.Equal(ByoToolType.Tool, updated.Type);
        Assert.Contains(name, (await Client.AiAgentTools.ListAsync(new ListAiAgentToolsOptions { Type = ByoToolType.Tool })).Select(t => t.Name));
        Assert.DoesNotContain(name, (await Client.AiAgentTools.ListAsync(new ListAiAgentToolsOptions { Type = ByoToolType.Action })).Select(t => t.Name));
        Assert.Equal("Searching...", (await Client.AiAgentTools.GetAsync(name)).ExecutionText);
        await TestData.AssertFailsAsync(() => Client.AiAgentTools.CreateAsync(request), CometChatErrorCodes.BadRequest, 400);

        Assert.True((await Client.AiAgentTools.DeleteAsync(name)).Deleted);
        await TestData.AssertFailsAsync(() => Client.AiAgentTools.GetAsync(name), CometChatErrorCodes.ToolNotFound, 404);
    }
}
