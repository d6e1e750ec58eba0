using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Agent Builder frontend actions, identified by {appId}_{triggerFunction}.</summary>
public sealed class FrontendActionsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public FrontendActionsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Frontend_actions_are_created_listed_updated_and_deleted()
    {
        var trigger = "open" + TestData.NewTag();
        var request = new CreateFrontendActionRequest
        {
            Name = "Open cart",
            Description = "Opens the cart.",
            TriggerFunction = trigger,
            Parameters = [new AgentToolParameter { Key = "orderId", Type = "string", Description = "The order" }],
        };

        var created = await Client.FrontendActions.CreateAsync(request);
        var updated = await Client.FrontendActions.UpdateAsync(created.Id!, new UpdateFrontendActionRequest { Description = "Shows the cart." });

        Assert.Equal($"{_fixture.Emulator.AppId}_{trigger}", created.Id);
        Assert.Equal(trigger, created.Tool!.Name);
        Assert.Empty(created.Tool.Parameters!.Required!);
        Assert.Equal("Shows the cart.", updated.Tool!.Description);
        Assert.Equal("Shows the cart.", (await Client.FrontendActions.GetAsync(created.Id!)).Description);
        Assert.Contains(created.Id, (await Client.FrontendActions.ListAllAsync().ToListAsync()).Select(a => a.Id));
        await TestData.AssertFailsAsync(() => Client.FrontendActions.CreateAsync(request), CometChatErrorCodes.BadRequest, 400);

        Assert.True((await Client.FrontendActions.DeleteAsync(created.Id!)).Success);
        await TestData.AssertFailsAsync(() => Client.FrontendActions.GetAsync(created.Id!), CometChatErrorCodes.ToolNotFound, 404);
    }
}
