using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Knowledge-base text entries and linking them to agents.</summary>
public sealed class KnowledgeBaseTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public KnowledgeBaseTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Text_entries_are_created_linked_updated_and_deleted()
    {
        var created = await Client.KnowledgeBase.CreateTextAsync(new CreateTextEntryRequest { Title = "Return policy", Text = "Items can be returned within 30 days." });
        var id = created.UniqueId!;
        var agent = (await Client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Support" })).Agent;

        await Client.AgentBuilder.AddKnowledgeBaseSourcesAsync(agent.Uid!, KnowledgeBaseSourceType.Text, new KnowledgeBaseSourcesRequest { UniqueIds = [id] });
        var updated = await Client.KnowledgeBase.UpdateTextAsync(id, new UpdateTextEntryRequest { Title = "Refunds" });

        Assert.Equal("return-policy.md", created.FileName);
        Assert.Equal($"{_fixture.Emulator.AppId}/kb/text/{id}.md", created.S3Key);
        Assert.Equal(KnowledgeBaseStatus.Indexed, created.Status);
        Assert.Equal([id], (await Client.AgentBuilder.GetAsync(agent.Uid!)).Files);
        Assert.Equal("refunds.md", updated.FileName);
        Assert.Equal("Items can be returned within 30 days.", (await Client.KnowledgeBase.GetTextAsync(id)).Text);
        Assert.Contains(id, (await Client.KnowledgeBase.ListTextsAsync()).Select(e => e.UniqueId));
        await TestData.AssertFailsAsync(() => Client.AgentBuilder.AddKnowledgeBaseSourcesAsync(agent.Uid!, KnowledgeBaseSourceType.Text, new KnowledgeBaseSourcesRequest { UniqueIds = ["missing"] }), CometChatErrorCodes.KbNotFound, 404);

        var deleted = await Client.KnowledgeBase.DeleteTextAsync(id);

        Assert.True(deleted.DeletedFromAgents);
        Assert.Empty((await Client.AgentBuilder.GetAsync(agent.Uid!)).Files!);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.GetTextAsync(id), CometChatErrorCodes.KbNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.KnowledgeBase.CreateTextAsync(new CreateTextEntryRequest { Title = "", Text = "x" }), CometChatErrorCodes.BadRequest, 400);
    }
}
