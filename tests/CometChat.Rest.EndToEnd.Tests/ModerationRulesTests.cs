using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Moderation rules and their revisions.</summary>
public sealed class ModerationRulesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ModerationRulesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    private static ModerationRuleRequest NewRule(string id) => new()
    {
        Id = id,
        Name = "Profanity",
        Conditions = [new ModerationCondition { Id = 1, Entity = "message", Operand = "text", Category = "word", Operator = "contains", Value = ["profanity-list"], IsKeywordsReferencePresent = true }],
        Action = ["blockMessage"],
    };

    [Fact]
    public async Task Rules_are_revised_on_update_and_deleted()
    {
        var id = TestData.NewUid("rule");

        var created = await Client.ModerationRules.CreateAsync(NewRule(id));
        var updated = await Client.ModerationRules.UpdateAsync(id, new ModerationRuleRequest { Enabled = false, Action = ["flagMessage"] });
        var revisions = await Client.ModerationRules.ListRevisionsAllAsync(id).ToListAsync();

        Assert.True(created.Enabled);
        Assert.True(created.Active);
        Assert.Equal($"{_fixture.Emulator.AppId}_{id}_1", created.RevisionId);
        Assert.Equal($"{_fixture.Emulator.AppId}_{id}_2", updated.RevisionId);
        Assert.False(updated.Enabled);
        Assert.Equal("Profanity", updated.Name);
        Assert.Equal(["flagMessage"], updated.Action);
        Assert.Equal([updated.RevisionId, created.RevisionId], revisions.Select(r => r.RevisionId));
        Assert.Equal([true, false], revisions.Select(r => r.Active));
        Assert.Equal("profanity-list", (await Client.ModerationRules.GetAsync(id)).Conditions!.Single().Value!.Single());
        Assert.Contains(id, (await Client.ModerationRules.ListAllAsync().ToListAsync()).Select(r => r.Id));

        var deleted = await Client.ModerationRules.DeleteAsync(id);

        Assert.True(deleted.Success);
        await TestData.AssertFailsAsync(() => Client.ModerationRules.GetAsync(id), CometChatErrorCodes.RuleNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.ModerationRules.ListRevisionsAsync(id), CometChatErrorCodes.RuleNotFound, 404);
    }

    [Fact]
    public async Task Rule_errors_and_limit()
    {
        var id = TestData.NewUid("rule");
        await Client.ModerationRules.CreateAsync(NewRule(id));
        await Client.ModerationRules.CreateAsync(NewRule(TestData.NewUid("rule")));

        await TestData.AssertFailsAsync(() => Client.ModerationRules.CreateAsync(NewRule(id)), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.ModerationRules.CreateAsync(new ModerationRuleRequest { Id = TestData.NewUid("rule") }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.ModerationRules.UpdateAsync("missing", new ModerationRuleRequest { Enabled = true }), CometChatErrorCodes.RuleNotFound, 404);
        var page = await Client.ModerationRules.ListAsync(new ListModerationRulesOptions { Limit = 1 });
        Assert.Single(page.Items);
        Assert.Equal(1, page.Meta!.Current!.Limit);
    }
}
