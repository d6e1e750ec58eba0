using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What the moderation operations send, and how they read the spec's 200 examples.</summary>
public sealed class ModerationWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    private static readonly string[] s_tags = ["Moderation Rules", "Moderation Keywords", "Moderation Reasons", "Moderation Review", "Moderation Messages"];

    public static TheoryData<string> ModerationOperations => new(SpecResponseModels.OperationIdsTagged(s_tags));

    [Theory]
    [MemberData(nameof(ModerationOperations))]
    public void Every_moderation_operation_reads_its_own_example(string operationId) => ExampleAssert.ReadsItsOwnExample(operationId);

    [Fact]
    public async Task Create_rule_sends_conditions_filters_and_actions()
    {
        using var client = TestClient.Create(SpecExamples.CreateModerationRule, out var handler);

        var rule = await client.ModerationRules.CreateAsync(new ModerationRuleRequest
        {
            Id = "moderation-test",
            Name = "Video Moderation",
            Enabled = true,
            Action = ["blockMessage"],
            Filters = [new ModerationFilter { Type = "sender", Entity = "user", Operand = "role", Operator = "equals", Value = "guest" }],
            Conditions = [new ModerationCondition { Id = 1, Entity = "message", Operand = "image", Operator = "contains", Category = "word", IsMediaPresent = true, Value = ["violence_greaterThan_30"] }],
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "moderation/rules",
            """
            {"id":"moderation-test","name":"Video Moderation","enabled":true,
             "conditions":[{"id":1,"entity":"message","operand":"image","operator":"contains","category":"word","isMediaPresent":true,"value":["violence_greaterThan_30"]}],
             "filters":[{"type":"sender","entity":"user","operand":"role","operator":"equals","value":"guest"}],
             "action":["blockMessage"]}
            """);
        Assert.Equal("253179cf5f665257_moderation-test_1", rule.RevisionId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1720003247), rule.CreatedAt);
        Assert.Equal("violence_greaterThan_30", Assert.Single(Assert.Single(rule.Conditions!).Value!));
    }

    [Fact]
    public async Task List_rules_sends_the_limit_and_returns_the_rules()
    {
        using var client = TestClient.Create(SpecExamples.ListModerationRules, out var handler);

        var rules = await client.ModerationRules.ListAsync(new ListModerationRulesOptions { Limit = 10 });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "moderation/rules?limit=10");
        Assert.Equal(2, rules.Items.Count);
        Assert.True(rules.Items[1].Default);
        Assert.Equal(50, rules.Meta!.Current!.Limit);
        Assert.False(rules.HasNextPage);
    }

    [Fact]
    public async Task Delete_reason_reads_the_outcome_from_the_top_level()
    {
        using var client = TestClient.Create(SpecExamples.DeleteModerationReason, out var handler);

        var result = await client.ModerationReasons.DeleteAsync("spam");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "moderation/reasons/spam");
        Assert.True(result.Success);
        Assert.Contains("spam", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flag_message_acts_on_behalf_of_the_reporting_user()
    {
        using var client = TestClient.Create(SpecExamples.FlagMessage, out var handler);

        var result = await client.ModerationReview.FlagMessageAsync("540190", "cometchat-uid-3", new FlagMessageRequest { ReasonId = "spam", Remark = "He keeps sending links" });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "messages/540190/flagged",
            """{"reasonId":"spam","remark":"He keeps sending links"}""",
            onBehalfOf: "cometchat-uid-3");
        Assert.True(result.Success);
    }

    [Fact]
    public async Task Flagged_messages_carry_who_flagged_them_and_why()
    {
        using var client = TestClient.Create(SpecExamples.ListFlaggedMessages, out var handler);

        var messages = await client.ModerationReview.ListFlaggedAsync();

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "moderation/flagged-messages");
        var flag = Assert.Single(Assert.Single(messages.Items).FlaggedBy!);
        Assert.Equal("spam", flag.ReasonId);
        Assert.Equal("cometchat-uid-3", flag.Uid);
    }

    [Fact]
    public async Task Review_flagged_sends_the_decision_and_reads_a_bare_result()
    {
        using var client = TestClient.Create(SpecExamples.ReviewFlaggedMessage, out var handler);

        var result = await client.ModerationReview.ReviewFlaggedAsync("540190", new ReviewFlaggedMessageRequest { Status = FlaggedMessageDecision.Disapproved });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Patch, Base + "moderation/flagged-messages/540190", """{"status":"disapproved"}""");
        Assert.True(result.Success);
    }

    [Fact]
    public async Task Blocked_messages_read_the_rule_condition_and_message()
    {
        using var client = TestClient.Create(SpecExamples.ListBlockedMessages, out var handler);

        var blocked = Assert.Single((await client.ModerationReview.ListBlockedAsync()).Items);

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "moderation/blocked-messages");
        Assert.Equal("image-moderation", blocked.RuleId);
        Assert.Equal(ModerationStatus.Pending, blocked.Message!.Data!.Moderation!.Status);
        Assert.Equal(4761, Assert.Single(blocked.Message.Data.Attachments!).Size);
        Assert.Equal(ReceiverType.User, blocked.Message.ReceiverType);
    }

    [Fact]
    public async Task Review_blocked_sends_status_and_reviewed()
    {
        using var client = TestClient.Create(SpecExamples.ReviewBlockedMessage, out var handler);

        var result = await client.ModerationReview.ReviewBlockedAsync("268", new ReviewBlockedMessageRequest { Status = BlockedMessageDecision.Approved, Reviewed = true });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Patch, Base + "moderation/blocked-messages/268", """{"status":"approved","reviewed":true}""");
        Assert.Equal("Message with ID 268 has been approved.", result.Message);
    }

    [Fact]
    public async Task Submit_message_creates_missing_users_from_their_details()
    {
        using var client = TestClient.Create(SpecExamples.SubmitModerationMessage, out var handler);

        var message = await client.ModerationMessages.SubmitAsync(new SubmitModerationMessageRequest
        {
            Category = "message",
            Type = "text",
            Sender = "cometchat-test-user-1",
            Receiver = "cometchat-test-user-2",
            ReceiverType = ReceiverType.User,
            Data = new ModerationMessageData { Text = "Hey there! Welcome aboard." },
            SenderUserDetails = new UserDetails { Uid = "cometchat-test-user-1", Name = "Test User 1" },
            ReceiverUserDetails = new UserDetails { Uid = "cometchat-test-user-2", Name = "Test User 2" },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "moderation/messages",
            """
            {"category":"message","type":"text","sender":"cometchat-test-user-1","receiver":"cometchat-test-user-2","receiverType":"user",
             "data":{"text":"Hey there! Welcome aboard."},
             "senderUserDetails":{"uid":"cometchat-test-user-1","name":"Test User 1"},
             "receiverUserDetails":{"uid":"cometchat-test-user-2","name":"Test User 2"}}
            """);
        Assert.Equal(ModerationStatus.Pending, message.Data!.Moderation!.Status);
    }

    [Fact]
    public async Task List_moderation_messages_sends_its_filters()
    {
        using var client = TestClient.Create(SpecExamples.ListModerationMessages, out var handler);

        var messages = await client.ModerationMessages.ListAsync(new ListModerationMessagesOptions
        {
            Sender = "cometchat-uid-2",
            ReceiverUid = "cometchat-uid-1",
            ModerationStatus = ModerationStatus.Disapproved,
        });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "moderation/messages?sender=cometchat-uid-2&receiverUID=cometchat-uid-1&moderationStatus=disapproved");
        Assert.Equal("Hi new user", Assert.Single(messages.Items).Data!.Text);
        Assert.Equal("1", messages.Next!.Parameters["id"]);
    }

    [Fact]
    public async Task Moderation_messages_page_on_with_the_next_cursor()
    {
        var handler = new RecordingHandler()
            .EnqueueJson(SpecExamples.ListModerationMessages)
            .EnqueueJson("""{"data":[],"meta":{"current":{"limit":100,"count":0}}}""");
        using var client = TestClient.Create(handler);

        var all = new System.Collections.Generic.List<ChatMessage>();
        await foreach (var message in client.ModerationMessages.ListAllAsync(new ListModerationMessagesOptions { Sender = "cometchat-uid-2" }))
        {
            all.Add(message);
        }

        Assert.Single(all);
        Assert.Equal(
            [Base + "moderation/messages?sender=cometchat-uid-2", Base + "moderation/messages?sender=cometchat-uid-2&affix=append&sentAt=1750335220&id=1"],
            handler.Requests.Select(r => r.Url));
    }

    [Fact]
    public async Task Create_keyword_list_uploads_a_csv_file_as_a_form()
    {
        using var client = TestClient.Create(SpecExamples.CreateModerationKeyword, out var handler);

        var list = await client.ModerationKeywords.CreateAsync(new ModerationKeywordListRequest
        {
            Id = "profane-word-list-1",
            Name = "profane word list",
            Category = ModerationListCategory.Word,
            File = new CometChatFile(System.Text.Encoding.UTF8.GetBytes("spam,scam,fraud"), "words.csv", "text/csv"),
        });

        var request = handler.SingleRequest;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(Base + "moderation/keywords", request.Url);
        Assert.StartsWith("multipart/form-data; boundary=", request.Headers["Content-Type"], StringComparison.Ordinal);
        var parts = Multipart.Parse(request);
        Assert.Equal(["id", "name", "category", "file"], parts.Select(p => p.Name));
        Assert.Equal("word", parts[2].Text);
        Assert.Equal(("words.csv", "text/csv", "spam,scam,fraud"), (parts[3].FileName, parts[3].ContentType, parts[3].Text));
        Assert.True(list.IsCsv);
    }

    [Fact]
    public async Task Update_keyword_list_sends_sentences_as_repeated_parts()
    {
        using var client = TestClient.Create(SpecExamples.UpdateModerationKeyword, out var handler);

        await client.ModerationKeywords.UpdateAsync("contact-sharing", new ModerationKeywordListRequest
        {
            Category = ModerationListCategory.SentenceSimilarity,
            DisallowedSentences = ["Let's connect on WhatsApp.", "Call me on my number."],
        });

        var request = handler.SingleRequest;
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal(Base + "moderation/keywords/contact-sharing", request.Url);
        var parts = Multipart.Parse(request);
        Assert.Equal(["category", "disallowedSentences", "disallowedSentences"], parts.Select(p => p.Name));
        Assert.Equal(["sentence-similarity", "Let's connect on WhatsApp.", "Call me on my number."], parts.Select(p => p.Text));
    }
}
