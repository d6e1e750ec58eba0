using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What representative Messages operations send, and how they read the spec's 200 examples as typed messages.</summary>
public sealed class MessagesWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    [Fact]
    public async Task Send_posts_a_text_message_and_reads_it_back_as_a_text_message()
    {
        using var client = TestClient.Create(SpecExamples.SendMessage, out var handler);

        var sent = await client.Messages.SendAsync(
            new SendMessageRequest
            {
                Receiver = "cometchat-uid-5",
                ReceiverType = ReceiverType.User,
                Muid = "msg-7f3a",
                Category = SendMessageCategory.Message,
                Type = "text",
                Data = new SendMessageData { Text = "test     hello", Metadata = new JsonObject { ["key1"] = "val1" } },
                Tags = ["greeting"],
            },
            onBehalfOf: "cometchat-uid-3");

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "messages",
            """
            {
              "receiver": "cometchat-uid-5",
              "receiverType": "user",
              "muid": "msg-7f3a",
              "category": "message",
              "type": "text",
              "data": { "text": "test     hello", "metadata": { "key1": "val1" } },
              "tags": ["greeting"]
            }
            """,
            onBehalfOf: "cometchat-uid-3");

        var text = Assert.IsType<TextMessage>(sent);
        Assert.Equal("1", text.Id);
        Assert.Equal("msg-7f3a", text.Muid);
        Assert.Equal(MessageCategory.Message, text.Category);
        Assert.Equal(ReceiverType.User, text.ReceiverType);
        Assert.Equal("test     hello", text.Data.Text);
        Assert.Equal("val1", (string?)text.Data.Metadata!["key1"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638423490), text.SentAt);
        var sender = Assert.IsType<UserEntityReference>(text.Data.Entities!.Sender);
        Assert.Equal(EntityType.User, sender.EntityType);
        Assert.Equal("Nancy Grace", sender.Entity.Name);
        var receiver = Assert.IsType<UserEntityReference>(text.Data.Entities.Receiver);
        Assert.Equal("cometchat-uid-5", receiver.Entity.Uid);
        Assert.Equal(["greeting"], text.Tags!);
    }

    [Fact]
    public async Task An_on_behalf_of_view_sends_as_that_user()
    {
        using var client = TestClient.Create(SpecExamples.SendMessage, out var handler);

        await client.OnBehalfOf("cometchat-uid-3").Messages.SendAsync(new SendMessageRequest { Receiver = "cometchat-uid-5", ReceiverType = ReceiverType.User, Data = new SendMessageData { Text = "hi" } });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "messages", """{"receiver": "cometchat-uid-5", "receiverType": "user", "data": {"text": "hi"}}""", onBehalfOf: "cometchat-uid-3");
    }

    [Fact]
    public async Task Send_posts_a_custom_message_with_free_form_custom_data_and_several_receivers()
    {
        using var client = TestClient.Create(SpecExamples.SendMessage, out var handler);

        await client.Messages.SendAsync(new SendMessageRequest
        {
            MultipleReceivers = new MultipleReceivers { Uids = ["cometchat-uid-1", "cometchat-uid-2"], Guids = ["project-group"] },
            Category = SendMessageCategory.Custom,
            Type = "location",
            Data = new SendMessageData { CustomData = new JsonObject { ["latitude"] = 19.07, ["longitude"] = 72.87 } },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "messages",
            """
            {
              "multipleReceivers": { "uids": ["cometchat-uid-1", "cometchat-uid-2"], "guids": ["project-group"] },
              "category": "custom",
              "type": "location",
              "data": { "customData": { "latitude": 19.07, "longitude": 72.87 } }
            }
            """);
    }

    [Fact]
    public async Task Send_posts_media_attachments()
    {
        using var client = TestClient.Create(SpecExamples.SendMessage, out var handler);

        await client.Messages.SendAsync(new SendMessageRequest
        {
            Receiver = "project-group",
            ReceiverType = ReceiverType.Group,
            Type = "image",
            Data = new SendMessageData
            {
                Attachments = [new MessageAttachment { Url = "https://files.example/cat.png", Name = "cat.png", MimeType = "image/png", Extension = "png", Size = 34_567 }],
            },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "messages",
            """
            {
              "receiver": "project-group",
              "receiverType": "group",
              "type": "image",
              "data": { "attachments": [{ "url": "https://files.example/cat.png", "name": "cat.png", "mimeType": "image/png", "extension": "png", "size": 34567 }] }
            }
            """);
    }

    [Fact]
    public async Task Send_rejects_more_than_25_tags_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.SendMessage, out var handler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Messages.SendAsync(new SendMessageRequest
        {
            Receiver = "cometchat-uid-5",
            ReceiverType = ReceiverType.User,
            Data = new SendMessageData { Text = "hi" },
            Tags = Enumerable.Range(0, 26).Select(i => "t" + i).ToList(),
        }));

        Assert.Contains("Tags", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Send_rejects_a_receiver_longer_than_an_identifier_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.SendMessage, out var handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Messages.SendAsync(new SendMessageRequest { Receiver = new string('u', 101), ReceiverType = ReceiverType.User }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task List_sends_filters_and_reads_the_cursor_page()
    {
        using var client = TestClient.Create(SpecExamples.ListMessages, out var handler);

        var page = await client.Messages.ListAsync(
            new ListMessagesOptions
            {
                ConversationId = "cometchat-uid-3_user_cometchat-uid-5",
                Categories = [MessageCategory.Message, MessageCategory.Custom],
                AttachmentTypes = [AttachmentType.Image, AttachmentType.Video],
                HideDeleted = true,
                Tags = ["a", "b"],
                Affix = CursorAffix.Prepend,
                SentAt = DateTimeOffset.FromUnixTimeSeconds(1638423490),
                Limit = 50,
            },
            onBehalfOf: "cometchat-uid-3");

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Get,
            Base + "messages?conversationId=cometchat-uid-3_user_cometchat-uid-5&hideDeleted=true&attachmentTypes=image,video&categories=message,custom&tags=a,b&affix=prepend&sentAt=1638423490&limit=50",
            onBehalfOf: "cometchat-uid-3");
        var text = Assert.IsType<TextMessage>(Assert.Single(page.Items));
        Assert.Equal("test     hello", text.Data.Text);
        Assert.True(page.HasNextPage);
        Assert.Equal("append", page.Next!.Affix);
        Assert.Equal("1638423490", page.Next.Parameters["sentAt"]);
        Assert.Equal("1", page.Next.Parameters["id"]);
        Assert.Equal(100, page.Meta!.Current!.Limit);
    }

    [Fact]
    public async Task List_all_sends_the_next_cursor_back_in_place_of_the_callers_anchor()
    {
        var handler = new RecordingHandler()
            .EnqueueJson(SpecExamples.ListMessages)
            .EnqueueJson("""{"data": [], "meta": {"current": {"limit": 10, "count": 0}}}""");
        using var client = TestClient.Create(handler);

        var messages = await client.Messages.ListAllAsync(new ListMessagesOptions { Limit = 10, Affix = CursorAffix.Prepend }).ToListAsync();

        Assert.IsType<TextMessage>(Assert.Single(messages));
        Assert.Equal(
            [
                "messages?affix=prepend&limit=10",
                "messages?limit=10&affix=append&sentAt=1638423490&id=1",
            ],
            handler.Requests.Select(r => r.Url[Base.Length..]));
    }

    [Fact]
    public async Task List_rejects_a_limit_above_1000_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.ListMessages, out var handler);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Messages.ListAsync(new ListMessagesOptions { Limit = 1001 }));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Update_puts_the_new_text_and_reads_the_edit_action_with_the_edited_message()
    {
        using var client = TestClient.Create(SpecExamples.UpdateMessage, out var handler);

        var result = await client.Messages.UpdateAsync(
            "69",
            new UpdateMessageRequest { Data = new UpdateMessageData { Text = "hello spider", Metadata = new JsonObject { ["edited"] = true } }, Tags = ["t6"] },
            onBehalfOf: "cometchat-uid-1");

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Put,
            Base + "messages/69",
            """{"data": {"text": "hello spider", "metadata": {"edited": true}}, "tags": ["t6"]}""",
            onBehalfOf: "cometchat-uid-1");

        var action = Assert.IsType<ActionMessage>(result);
        Assert.Equal("message", action.Type);
        Assert.Equal(MessageAction.Edited, action.Data.Action);
        Assert.Equal("Updated Name", Assert.IsType<UserEntityReference>(action.Data.Entities!.By).Entity.Name);
        Assert.Equal("cometchat-uid-2", Assert.IsType<UserEntityReference>(action.Data.Entities.For).Entity.Uid);
        var edited = Assert.IsType<TextMessage>(Assert.IsType<MessageEntityReference>(action.Data.Entities.On).Entity);
        Assert.Equal("hello spider", edited.Data.Text);
        Assert.Equal("app_system", edited.EditedBy);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1641477338), edited.EditedAt);
    }

    [Fact]
    public async Task Delete_sends_permanent_and_reads_the_delete_action()
    {
        using var client = TestClient.Create(SpecExamples.DeleteMessage, out var handler);

        var result = await client.Messages.DeleteAsync("69", new DeleteMessageRequest { Permanent = true });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "messages/69", """{"permanent": true}""");
        var action = Assert.IsType<ActionMessage>(result);
        Assert.Equal(MessageAction.Deleted, action.Data.Action);
        var deleted = Assert.IsType<TextMessage>(Assert.IsType<MessageEntityReference>(action.Data.Entities!.On).Entity);
        Assert.Equal("cometchat-uid-1", deleted.DeletedBy);
    }

    [Fact]
    public async Task Add_reaction_escapes_the_emoji_in_the_path_and_reads_the_reaction_counts()
    {
        using var client = TestClient.Create(SpecExamples.AddMessageReaction, out var handler);

        var message = await client.Messages.AddReactionAsync("2", "😒", onBehalfOf: "cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "messages/2/reactions/%F0%9F%98%92", onBehalfOf: "cometchat-uid-1");
        var text = Assert.IsType<TextMessage>(message);
        Assert.Equal(4, text.Data.Reactions!.Count);
        var mine = text.Data.Reactions.Single(r => r.Reaction == "😒");
        Assert.Equal(1, mine.Count);
        Assert.True(mine.ReactedByMe);
        Assert.Null(text.Data.Reactions[0].ReactedByMe);
    }

    [Fact]
    public async Task Reactions_need_an_acting_user()
    {
        using var client = TestClient.Create(SpecExamples.RemoveMessageReaction, out var handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Messages.RemoveReactionAsync("2", "😒", onBehalfOf: "not a uid"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Messages.RemoveReactionAsync("2", "😒", onBehalfOf: null!));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task List_reactions_reads_reactions_and_walks_the_id_cursor()
    {
        var handler = new RecordingHandler()
            .EnqueueJson(SpecExamples.ListMessageReactions)
            .EnqueueJson("""{"data": [], "meta": {"current": {"limit": 100, "count": 0}}}""");
        using var client = TestClient.Create(handler);

        var reactions = await client.Messages.ListReactionsAllAsync("2", onBehalfOf: "cometchat-uid-1").ToListAsync();

        Assert.Equal(3, reactions.Count);
        Assert.Equal("😅", reactions[1].Reaction);
        Assert.Equal("cometchat-uid-2", reactions[2].ReactedBy!.Uid);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700230866), reactions[2].ReactedAt);
        Assert.Equal(
            ["messages/2/reactions", "messages/2/reactions?affix=append&id=5"],
            handler.Requests.Select(r => r.Url[Base.Length..]));
        Assert.All(handler.Requests, r => Assert.Equal("cometchat-uid-1", r.Headers["onBehalfOf"]));
    }

    [Fact]
    public async Task Thread_reply_posts_to_the_parent_and_reads_the_reply_with_its_parent_id()
    {
        using var client = TestClient.Create(SpecExamples.SendThreadMessage, out var handler);

        var reply = await client.Messages.SendThreadReplyAsync(
            "1",
            "cometchat-uid-3",
            new SendMessageRequest { Receiver = "cometchat-uid-5", ReceiverType = ReceiverType.User, Data = new SendMessageData { Text = "in thread" } });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "messages/1/thread",
            """{"receiver": "cometchat-uid-5", "receiverType": "user", "data": {"text": "in thread"}}""",
            onBehalfOf: "cometchat-uid-3");
        Assert.Equal("1", Assert.IsType<TextMessage>(reply).ParentId);
    }

    [Fact]
    public async Task List_with_user_pages_by_page_and_reads_call_messages()
    {
        using var client = TestClient.Create(SpecExamples.ListUserMessages, out var handler);

        var page = await client.Messages.ListWithUserAsync("cometchat-uid-3", new ListMessagesWithUserOptions { PerPage = 50, Undelivered = true }, onBehalfOf: "cometchat-uid-2");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users/cometchat-uid-3/messages?undelivered=true&perPage=50", onBehalfOf: "cometchat-uid-2");
        Assert.Equal(2, page.Items.Count);
        var initiated = Assert.IsType<CallMessage>(page.Items[0]);
        Assert.Equal("audio", initiated.Type);
        Assert.Equal(CallMessageStatus.Initiated, initiated.Data.Action);
        var call = Assert.IsType<CallEntityReference>(initiated.Data.Entities!.On).Entity;
        Assert.Equal("16469950973f7f6a1ea6d5166db11c929cdbde6a61902e10ba", call.SessionId);
        Assert.Equal(CallType.Audio, call.Type);
        Assert.Equal(ReceiverType.User, call.ReceiverType);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1646995097), call.InitiatedAt);
        Assert.Equal("19757e59e8b9669.call", call.WsChannel!.Service);
        Assert.Equal("George Alan", Assert.IsType<UserEntityReference>(call.Data!.Entities!.Sender).Entity.Name);
        var ongoing = Assert.IsType<CallMessage>(page.Items[1]);
        Assert.Equal(CallMessageStatus.Ongoing, ongoing.Data.Action);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1646995512), Assert.IsType<CallEntityReference>(ongoing.Data.Entities!.On).Entity.StartedAt);
    }

    [Fact]
    public async Task List_in_group_sends_the_guid_and_cursor_parameters()
    {
        using var client = TestClient.Create(SpecExamples.ListGroupMessages, out var handler);

        var page = await client.Messages.ListInGroupAsync("project-group", new ListGroupMessagesOptions { HideReplies = true, Affix = CursorAffix.Append, Id = "40", Limit = 20 });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "groups/project-group/messages?hideReplies=true&affix=append&id=40&limit=20");
        Assert.NotEmpty(page.Items);
    }

    [Fact]
    public async Task Mark_interacted_patches_the_element_ids_for_the_acting_user()
    {
        using var client = TestClient.Create(SpecExamples.MarkMessageInteracted, out var handler);

        var result = await client.Messages.MarkInteractedAsync("7", "cometchat-uid-1", new MarkMessageInteractedRequest { Interactions = ["submitButton"] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Patch, Base + "messages/7/interacted", """{"interactions": ["submitButton"]}""", onBehalfOf: "cometchat-uid-1");
        Assert.True(result.Success);
    }

    [Fact]
    public async Task Pin_acts_as_the_app_without_on_behalf_of()
    {
        using var client = TestClient.Create(SpecExamples.PinMessage, out var handler);

        var result = await client.Messages.PinAsync("2");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "messages/2/pin");
        Assert.True(result.Success);
    }

    [Fact]
    public async Task Save_requires_a_valid_acting_user()
    {
        using var client = TestClient.Create(SpecExamples.SaveMessage, out var handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.Messages.SaveAsync("2", "bad uid"));
        Assert.Empty(handler.Requests);

        await client.Messages.SaveAsync("2", "cometchat-uid-1");
        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "messages/2/save", onBehalfOf: "cometchat-uid-1");
    }

    [Fact]
    public async Task Send_as_bot_posts_to_the_bot_path()
    {
        using var client = TestClient.Create(SpecExamples.SendBotMessage, out var handler);

        var sent = await client.Messages.SendAsBotAsync("support-bot", new SendMessageRequest { Receiver = "cometchat-uid-5", ReceiverType = ReceiverType.User, Data = new SendMessageData { Text = "Hi" } });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "bots/support-bot/messages", """{"receiver": "cometchat-uid-5", "receiverType": "user", "data": {"text": "Hi"}}""");
        Assert.IsType<TextMessage>(sent);
    }

    private const string MixedPage = """
        {
          "data": [
            {"id": "10", "category": "message", "type": "text", "sender": "cometchat-uid-1", "receiver": "cometchat-uid-2", "receiverType": "user",
             "data": {"text": "Hello <@uid:cometchat-uid-2>", "futureDataField": {"x": 1}}, "sentAt": 1700000000, "futureField": [1, 2]},
            {"id": "11", "category": "message", "type": "image",
             "data": {"url": "https://files.example/cat.png", "attachments": [{"url": "https://files.example/cat.png", "name": "cat.png", "mimeType": "image/png", "extension": "png", "size": 34567}]}},
            {"id": "12", "category": "custom", "type": "location", "data": {"customData": {"latitude": 19.07, "longitude": 72.87}, "text": "Shared a location"}},
            {"id": "13", "category": "action", "type": "groupMember",
             "data": {"action": "scopeChanged",
                      "entities": {"by": {"entity": {"uid": "cometchat-uid-1", "name": "Andrew"}, "entityType": "user"},
                                   "on": {"entity": {"uid": "cometchat-uid-2", "name": "George"}, "entityType": "user"},
                                   "for": {"entity": {"guid": "project-group", "name": "Project", "type": "public"}, "entityType": "group"}}}},
            {"id": "14", "category": "call", "type": "video", "data": {"action": "busy"}},
            {"id": "15", "category": "interactive", "type": "form",
             "data": {"interactiveData": {"title": "Survey", "formFields": []}, "interactionGoal": {"type": "anyAction", "elementIds": ["submit"]},
                      "interactions": [{"elementId": "submit", "interactedAt": 1700000100}], "allowSenderInteraction": false}},
            {"id": "16", "category": "poll", "type": "single", "data": {"question": "Lunch?"}, "votes": 3},
            {"id": "17", "category": "message", "type": "sticker", "data": {"sticker": "wave"}}
          ],
          "meta": {"current": {"limit": 10, "count": 8}}
        }
        """;

    [Fact]
    public async Task A_mixed_list_reads_each_message_as_its_category_and_type()
    {
        using var client = TestClient.Create(MixedPage, out _);

        var items = (await client.Messages.ListAsync()).Items;

        Assert.Equal(8, items.Count);
        var text = Assert.IsType<TextMessage>(items[0]);
        Assert.Equal("Hello <@uid:cometchat-uid-2>", text.Data.Text);

        var media = Assert.IsType<MediaMessage>(items[1]);
        var attachment = Assert.Single(media.Data.Attachments!);
        Assert.Equal(("cat.png", "image/png", "png", 34567L), (attachment.Name, attachment.MimeType, attachment.Extension, attachment.Size));

        var custom = Assert.IsType<CustomMessage>(items[2]);
        Assert.Equal(19.07, (double)custom.Data.CustomData!["latitude"]!);
        Assert.Equal("Shared a location", custom.Data.Text);

        var action = Assert.IsType<ActionMessage>(items[3]);
        Assert.Equal(MessageAction.ScopeChanged, action.Data.Action);
        Assert.Equal("cometchat-uid-2", Assert.IsType<UserEntityReference>(action.Data.Entities!.On).Entity.Uid);
        Assert.Equal(GroupType.Public, Assert.IsType<GroupEntityReference>(action.Data.Entities.For).Entity.Type);

        Assert.Equal(CallMessageStatus.Busy, Assert.IsType<CallMessage>(items[4]).Data.Action);

        var interactive = Assert.IsType<InteractiveMessage>(items[5]);
        Assert.Equal("Survey", (string?)interactive.Data.InteractiveData!["title"]);
        Assert.Equal(["submit"], interactive.Data.InteractionGoal!.ElementIds!);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000100), Assert.Single(interactive.Data.Interactions!).InteractedAt);
        Assert.False(interactive.Data.AllowSenderInteraction);

        // A category this version does not know: the base class, its content kept.
        var unknownCategory = items[6];
        Assert.Equal(typeof(Message), unknownCategory.GetType());
        Assert.Equal("poll", unknownCategory.Category.Value);
        Assert.False(unknownCategory.Category.IsKnown);
        Assert.Equal("Lunch?", unknownCategory.AdditionalProperties!["data"].GetProperty("question").GetString());
        Assert.Equal(3, unknownCategory.AdditionalProperties["votes"].GetInt32());

        // A type of category message this version does not know: the nearest known base.
        var unknownType = items[7];
        Assert.Equal(typeof(StandardMessage), unknownType.GetType());
        Assert.Equal("wave", unknownType.AdditionalProperties!["data"].GetProperty("sticker").GetString());
    }

    [Fact]
    public void Every_message_of_a_mixed_list_writes_back_what_was_read_including_unknown_members()
    {
        var items = JsonNode.Parse(MixedPage)!["data"]!.AsArray();

        foreach (var item in items)
        {
            var original = item!.ToJsonString();
            JsonAssert.Equivalent(original, JsonRoundTrip.Through(MessageJsonConverter.Instance, original));
        }

        var text = JsonRoundTrip.Read(MessageJsonConverter.Instance, items[0]!.ToJsonString());
        Assert.Equal("[1,2]", text.AdditionalProperties!["futureField"].GetRawText());
        Assert.Equal(1, ((TextMessage)text).Data.AdditionalProperties!["futureDataField"].GetProperty("x").GetInt32());
    }

    [Fact]
    public void A_typed_message_is_written_with_its_discriminators()
    {
        var message = new TextMessage { Id = "1", Category = MessageCategory.Message, Type = "text", Data = new TextMessageData { Text = "hi" } };

        JsonAssert.Equivalent("""{"id":"1","category":"message","type":"text","data":{"text":"hi"}}""", JsonRoundTrip.Write<Message>(MessageJsonConverter.Instance, message));
    }
}
