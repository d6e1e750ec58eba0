using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Flag reasons.</summary>
public sealed class ModerationReasonsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ModerationReasonsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Reasons_are_created_listed_updated_and_deleted()
    {
        var id = TestData.NewUid("reason");

        var created = await Client.ModerationReasons.CreateAsync(new CreateModerationReasonRequest { Id = id, Name = "Raw content" });
        var updated = await Client.ModerationReasons.UpdateAsync(id, new UpdateModerationReasonRequest { Description = "Unfiltered content." });

        Assert.Equal("Raw content", created.Name);
        Assert.Equal("Raw content", updated.Name);
        Assert.Equal("Unfiltered content.", (await Client.ModerationReasons.GetAsync(id)).Description);
        Assert.Contains(id, (await Client.ModerationReasons.ListAllAsync().ToListAsync()).Select(r => r.Id));
        await TestData.AssertFailsAsync(() => Client.ModerationReasons.CreateAsync(new CreateModerationReasonRequest { Id = id, Name = "Again" }), CometChatErrorCodes.BadRequest, 400);

        Assert.True((await Client.ModerationReasons.DeleteAsync(id)).Success);
        await TestData.AssertFailsAsync(() => Client.ModerationReasons.GetAsync(id), CometChatErrorCodes.ReasonNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.ModerationReasons.DeleteAsync(id), CometChatErrorCodes.ReasonNotFound, 404);
    }
}
