using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Flagging chat messages, the moderation engine on submitted messages, and moderators' decisions.</summary>
public sealed class ModerationReviewTests
{
    [Fact]
    public async Task Flagged_messages_wait_for_a_moderator()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var alice = await client.CreateUserAsync();
        var bob = await client.CreateUserAsync();
        await client.ModerationReasons.CreateAsync(new CreateModerationReasonRequest { Id = "spam", Name = "Spam" });
        var sent = await client.Messages.SendAsync(new SendMessageRequest { Receiver = bob.Uid, ReceiverType = ReceiverType.User, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = "buy now" } }, alice.Uid);

        var flagged = await client.ModerationReview.FlagMessageAsync(sent.Id!, bob.Uid, new FlagMessageRequest { ReasonId = "spam", Remark = "links" });
        var waiting = await client.ModerationReview.ListFlaggedAllAsync().ToListAsync();

        Assert.True(flagged.Success);
        var message = Assert.Single(waiting);
        Assert.Equal(sent.Id, message.Id);
        Assert.Equal("buy now", message.Data!.Text);
        var flag = Assert.Single(message.FlaggedBy!);
        Assert.Equal((bob.Uid, "Spam", "links"), (flag.Uid, flag.ReasonName, flag.Remark));
        await TestData.AssertFailsAsync(() => client.ModerationReview.FlagMessageAsync(sent.Id!, bob.Uid, new FlagMessageRequest { ReasonId = "missing" }), CometChatErrorCodes.ReasonNotFound, 404);
        await TestData.AssertFailsAsync(() => client.ModerationReview.FlagMessageAsync("999999", bob.Uid, new FlagMessageRequest { ReasonId = "spam" }), CometChatErrorCodes.MessageIdNotFound, 404);

        var reviewed = await client.ModerationReview.ReviewFlaggedAsync(sent.Id!, new ReviewFlaggedMessageRequest { Status = FlaggedMessageDecision.Approved });

        Assert.True(reviewed.Success);
        Assert.Empty(await client.ModerationReview.ListFlaggedAllAsync().ToListAsync());
        Assert.Equal(sent.Id, Assert.Single(await client.ModerationReview.ListReviewedAllAsync().ToListAsync()).Message!.Id);
        await TestData.AssertFailsAsync(() => client.ModerationReview.ReviewFlaggedAsync(sent.Id!, new ReviewFlaggedMessageRequest { Status = FlaggedMessageDecision.Approved }), CometChatErrorCodes.MessageIdNotFound, 404);
    }

    [Fact]
    public async Task Submitted_messages_are_judged_by_keyword_rules_and_reviewed()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var alice = await client.CreateUserAsync();
        var bob = await client.CreateUserAsync();
        await client.ModerationKeywords.CreateAsync(new ModerationKeywordListRequest { Id = "bad-words", Category = ModerationListCategory.Word, SearchTerms = "scam,fraud" });
        await client.ModerationRules.CreateAsync(new ModerationRuleRequest
        {
            Id = "no-scams",
            Name = "No scams",
            Conditions = [new ModerationCondition { Id = 1, Entity = "message", Operand = "text", Category = "word", Operator = "contains", Value = ["bad-words"], IsKeywordsReferencePresent = true }],
            Action = ["blockMessage"],
        });
        SubmitModerationMessageRequest Submit(string text) => new() { Sender = alice.Uid, Receiver = bob.Uid, ReceiverType = ReceiverType.User, Data = new ModerationMessageData { Text = text } };

        var clean = await client.ModerationMessages.SubmitAsync(Submit("hello there"));
        var blocked = await client.ModerationMessages.SubmitAsync(Submit("this is a Scam!"));

        Assert.Equal("approved", clean.Data!.Moderation!.Status!.Value.Value);
        Assert.Equal("disapproved", blocked.Data!.Moderation!.Status!.Value.Value);
        var verdict = Assert.Single(await client.ModerationReview.ListBlockedAllAsync().ToListAsync());
        Assert.Equal(("no-scams", blocked.Id), (verdict.RuleId, verdict.Message!.Id));
        Assert.Equal([blocked.Id], (await client.ModerationMessages.ListAllAsync(new ListModerationMessagesOptions { ModerationStatus = new ModerationStatus("disapproved") }).ToListAsync()).Select(m => m.Id));

        await client.ModerationReview.ReviewBlockedAsync(blocked.Id!, new ReviewBlockedMessageRequest { Status = BlockedMessageDecision.Approved });

        Assert.Empty(await client.ModerationReview.ListBlockedAllAsync().ToListAsync());
        Assert.Equal("approved", (await client.ModerationMessages.GetAsync(blocked.Id!)).Data!.Moderation!.Status!.Value.Value);
        var edited = await client.ModerationMessages.UpdateAsync(clean.Id!, new UpdateModerationMessageRequest { Data = new ModerationMessageData { Text = "fraud alert" } });
        Assert.Equal("disapproved", edited.Data!.Moderation!.Status!.Value.Value);
        Assert.True((await client.ModerationMessages.DeleteAsync(clean.Id!)).Success);
        await TestData.AssertFailsAsync(() => client.ModerationMessages.GetAsync(clean.Id!), CometChatErrorCodes.MessageIdNotFound, 404);
    }

    [Fact]
    public async Task Moderation_messages_walk_the_sentAt_cursor()
    {
        await using var emulator = await Emulator.CometChatEmulator.StartAsync();
        using var client = new CometChatClient(emulator.CreateClientOptions());
        var alice = await client.CreateUserAsync();
        var bob = await client.CreateUserAsync();
        for (var i = 0; i < 105; i++)
        {
            await client.ModerationMessages.SubmitAsync(new SubmitModerationMessageRequest { Sender = alice.Uid, Receiver = bob.Uid, ReceiverType = ReceiverType.User, Data = new ModerationMessageData { Text = $"m{i}" } });
        }

        var first = await client.ModerationMessages.ListAsync();
        var all = await client.ModerationMessages.ListAllAsync().ToListAsync();

        Assert.Equal(100, first.Items.Count);
        Assert.True(first.HasNextPage);
        Assert.Equal(Enumerable.Range(0, 105).Select(i => $"m{i}"), all.Select(m => m.Data!.Text));
    }
}
