using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Agent Builder variables and models.</summary>
public sealed class AgentVariablesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AgentVariablesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Custom_variables_are_created_used_updated_and_deleted()
    {
        var name = "plan" + TestData.NewTag()[..8];

        var created = await Client.AgentVariables.CreateCustomAsync(new CreateCustomVariableRequest { Name = name, SourceType = CustomVariableSourceType.UserMetadata, SourcePath = "subscription.plan", DefaultValue = "free" });
        var agent = (await Client.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "Uses it", Instruction = $"The plan is @var-custom:{name}." })).Agent;
        var all = await Client.AgentVariables.ListAsync();
        var updated = await Client.AgentVariables.UpdateCustomAsync(created.Id!, new UpdateCustomVariableRequest { SourceType = CustomVariableSourceType.Constant, ConstantValue = "pro" });

        Assert.Equal(AgentVariableCategory.Custom, created.Category);
        Assert.Contains("sender.uid", all.Select(v => v.Name));
        var described = all.Single(v => v.Name == name);
        Assert.Equal(1, described.UsageCount);
        Assert.Equal(agent.Uid, described.UsedByAgents!.Single().Uid);
        Assert.Equal("pro", updated.ConstantValue);
        Assert.Equal(CustomVariableSourceType.Constant, (await Client.AgentVariables.ListCustomAsync()).Single(v => v.Id == created.Id).SourceType);
        await TestData.AssertFailsAsync(() => Client.AgentVariables.CreateCustomAsync(new CreateCustomVariableRequest { Name = name, SourceType = CustomVariableSourceType.Constant, ConstantValue = "x" }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.AgentVariables.CreateCustomAsync(new CreateCustomVariableRequest { Name = "x" + name, SourceType = CustomVariableSourceType.Constant }), CometChatErrorCodes.BadRequest, 400);

        Assert.True((await Client.AgentVariables.DeleteCustomAsync(created.Id!)).Success);
        Assert.DoesNotContain(created.Id, (await Client.AgentVariables.ListCustomAsync()).Select(v => v.Id));
    }

    [Fact]
    public async Task Models_are_listed_with_one_default()
    {
        var models = await Client.AgentBuilder.ListModelsAsync();

        Assert.Equal("gpt-4o-mini", models.Single(m => m.Default == true).Model);
    }
}
