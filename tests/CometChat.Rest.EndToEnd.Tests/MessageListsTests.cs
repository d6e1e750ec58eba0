using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>The cursor-paged message lists (all messages, a group's, a thread's, reactions) and media messages.</summary>
public sealed class MessageListsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public MessageListsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Group_messages_are_walked_forward_and_backward_across_pages()
    {
        var (guid, owner, _) = await CreateGroupAsync();
        var sent = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            sent.Add((await SendAsync(owner, guid, ReceiverType.Group, $"m{i}")).Id);
        }

        var first = await Client.Messages.ListInGroupAsync(guid, new ListGroupMessagesOptions { Limit = 10 });
        Assert.Equal(sent.Take(10), first.Items.Select(m => m.Id));
        Assert.Null(first.Meta?.Previous);
        Assert.Equal(10, first.Meta?.Current?.Limit);
        Assert.Equal(10, first.Meta?.Current?.Count);
        Assert.Equal("append", first.Next?.Affix);
        Assert.Equal(sent[9], first.Next?.Parameters["id"]);

        var second = await first.GetNextPageAsync();
        Assert.Equal(sent.Skip(10).Take(10), second!.Items.Select(m => m.Id));
        Assert.Equal("prepend", second.Meta?.Previous?.Affix);
        Assert.Equal(sent[10], second.Meta?.Previous?.Parameters["id"]);

        var forward = await Client.Messages.ListInGroupAllAsync(guid, new ListGroupMessagesOptions { Limit = 4 }).ToListAsync();
        Assert.Equal(sent, forward.Select(m => m.Id));

        // Prepend without an anchor starts at the newest messages; each page is still oldest first.
        var newest = await Client.Messages.ListInGroupAsync(guid, new ListGroupMessagesOptions { Affix = CursorAffix.Prepend, Limit = 5 });
        Assert.Equal(sent.Skip(18), newest.Items.Select(m => m.Id));
        Assert.Equal("prepend", newest.Next?.Affix);
        var backward = await Client.Messages.ListInGroupAllAsync(guid, new ListGroupMessagesOptions { Affix = CursorAffix.Prepend, Limit = 5 }).ToListAsync();
        Assert.Equal(23, backward.Count);
        Assert.Equal(sent.Skip(18), backward.Take(5).Select(m => m.Id));
        Assert.Equal(sent.Take(3), backward.Skip(20).Select(m => m.Id));

        // An anchor ID: the messages after it or before it.
        var after = await Client.Messages.ListInGroupAsync(guid, new ListGroupMessagesOptions { Affix = CursorAffix.Append, Id = sent[19], Limit = 10 });
        Assert.Equal(sent.Skip(20), after.Items.Select(m => m.Id));
        var before = await Client.Messages.ListInGroupAsync(guid, new ListGroupMessagesOptions { Affix = CursorAffix.Prepend, Id = sent[3], Limit = 10 });
        Assert.Equal(sent.Take(3), before.Items.Select(m => m.Id));
    }

    [Fact]
    public async Task All_messages_are_those_the_user_can_see_and_filters_apply()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var carol = await Client.CreateUserAsync();
        var (guid, owner, _) = await CreateGroupAsync(alice.Uid);
        var toBob = await SendAsync(alice.Uid, bob.Uid, ReceiverType.User, $"see https://example.com <@uid:{bob.Uid}>");
        var inGroup = await SendAsync(owner, guid, ReceiverType.Group, "group hello");
        var reply = await Client.Messages.SendThreadReplyAsync(toBob.Id, bob.Uid, Text(alice.Uid, "reply"));
        var image = await Client.Messages.SendAsync(Media(bob.Uid, "image"), onBehalfOf: alice.Uid);
        var toDelete = await SendAsync(alice.Uid, bob.Uid, ReceiverType.User, "oops");
        await Client.Messages.DeleteAsync(toDelete.Id, onBehalfOf: alice.Uid);
        await SendAsync(bob.Uid, carol.Uid, ReceiverType.User, "not for alice");

        var mine = await Client.Messages.ListAllAsync(new ListMessagesOptions { Categories = [MessageCategory.Message] }, onBehalfOf: alice.Uid).ToListAsync();
        Assert.Equal([toBob.Id, inGroup.Id, reply.Id, image.Id, toDelete.Id], mine.Select(m => m.Id));

        async Task<IEnumerable<string>> IdsAsync(ListMessagesOptions options)
        {
            options.Categories ??= [MessageCategory.Message];
            return (await Client.Messages.ListAllAsync(options, onBehalfOf: alice.Uid).ToListAsync()).Select(m => m.Id);
        }

        Assert.Equal([inGroup.Id], await IdsAsync(new ListMessagesOptions { ReceiverType = ReceiverType.Group }));
        Assert.Equal([inGroup.Id], await IdsAsync(new ListMessagesOptions { ConversationId = "group_" + guid }));
        Assert.DoesNotContain(reply.Id, await IdsAsync(new ListMessagesOptions { HideReplies = true }));
        Assert.DoesNotContain(toDelete.Id, await IdsAsync(new ListMessagesOptions { HideDeleted = true }));
        Assert.Equal([toDelete.Id], await IdsAsync(new ListMessagesOptions { OnlyDeleted = true }));
        Assert.Equal([image.Id], await IdsAsync(new ListMessagesOptions { HasAttachments = true }));
        Assert.Equal([image.Id], await IdsAsync(new ListMessagesOptions { AttachmentTypes = [AttachmentType.Image] }));
        Assert.Empty(await IdsAsync(new ListMessagesOptions { AttachmentTypes = [AttachmentType.Video] }));
        Assert.Equal([toBob.Id], await IdsAsync(new ListMessagesOptions { HasLinks = true }));
        Assert.Equal([toBob.Id], await IdsAsync(new ListMessagesOptions { MentionedUids = [bob.Uid] }));
        Assert.Equal([toBob.Id], await IdsAsync(new ListMessagesOptions { HasMentions = true }));

        // The delete's action message is listed with the actions.
        var actions = await Client.Messages.ListAllAsync(new ListMessagesOptions { Category = MessageCategory.Action, ConversationId = toBob.ConversationId }, onBehalfOf: alice.Uid).ToListAsync();
        var deleted = Assert.IsType<ActionMessage>(Assert.Single(actions));
        Assert.Equal(MessageAction.Deleted, deleted.Data.Action);

        // As the app: every message, including bob's to carol.
        var everything = await Client.Messages.ListAllAsync(new ListMessagesOptions { Categories = [MessageCategory.Message], Sender = bob.Uid }).ToListAsync();
        Assert.Contains(everything, m => m.Receiver == carol.Uid);
    }

    [Fact]
    public async Task Unread_and_undelivered_messages_follow_the_users_marks()
    {
        var (guid, owner, members) = await CreateGroupAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await SendAsync(owner, guid, ReceiverType.Group, $"u{i}")).Id);
        }

        await SendAsync(members[0], guid, ReceiverType.Group, "own messages are never unread");
        await Client.Conversations.MarkReadInGroupAsync(guid, members[0], new MarkConversationRequest { MessageId = long.Parse(ids[0], System.Globalization.CultureInfo.InvariantCulture) });
        await Client.Conversations.MarkDeliveredInGroupAsync(guid, members[0], new MarkConversationRequest { MessageId = long.Parse(ids[1], System.Globalization.CultureInfo.InvariantCulture) });

        async Task<IEnumerable<string>> IdsAsync(ListGroupMessagesOptions options) =>
            (await Client.Messages.ListInGroupAllAsync(guid, options, onBehalfOf: members[0]).ToListAsync()).Select(m => m.Id);

        Assert.Equal(ids.Skip(1), await IdsAsync(new ListGroupMessagesOptions { Count = true, Unread = true }));
        Assert.Equal(ids.Skip(2), await IdsAsync(new ListGroupMessagesOptions { Undelivered = true }));
        Assert.Equal(4, (await IdsAsync(new ListGroupMessagesOptions { Unread = true })).Count());

        // The one-to-one list by page takes the same filters.
        await SendAsync(owner, members[1], ReceiverType.User, "direct");
        var unread = await Client.Messages.ListWithUserAsync(owner, new ListMessagesWithUserOptions { Count = true, Unread = true }, onBehalfOf: members[1]);
        Assert.Single(unread.Items);
        await Client.Conversations.MarkReadWithUserAsync(owner, members[1], new MarkConversationRequest());
        Assert.Empty((await Client.Messages.ListWithUserAsync(owner, new ListMessagesWithUserOptions { Count = true, Unread = true }, onBehalfOf: members[1])).Items);
    }

    [Fact]
    public async Task The_one_to_one_list_takes_an_anchor_and_a_limit()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var ids = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add((await SendAsync(i % 2 == 0 ? alice.Uid : bob.Uid, i % 2 == 0 ? bob.Uid : alice.Uid, ReceiverType.User, $"d{i}")).Id);
        }

        var before = await Client.Messages.ListWithUserAsync(bob.Uid, new ListMessagesWithUserOptions { Limit = 3, Affix = CursorAffix.Prepend, Id = ids[6] }, onBehalfOf: alice.Uid);
        Assert.Equal(ids.Skip(3).Take(3), before.Items.Select(m => m.Id));
        var after = await Client.Messages.ListWithUserAsync(bob.Uid, new ListMessagesWithUserOptions { Limit = 3, Affix = CursorAffix.Append, Id = ids[1] }, onBehalfOf: alice.Uid);
        Assert.Equal(ids.Skip(2).Take(3), after.Items.Select(m => m.Id));
        Assert.Equal(3, after.Pagination?.PerPage);
    }

    [Fact]
    public async Task Media_messages_carry_their_attachments_and_are_checked()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();

        var sent = Assert.IsType<MediaMessage>(await Client.Messages.SendAsync(Media(bob.Uid, "file"), onBehalfOf: alice.Uid));
        Assert.Equal("file", sent.Type);
        Assert.Equal("https://files.example.com/report.pdf", sent.Data.Url);
        var attachment = Assert.Single(sent.Data.Attachments!);
        Assert.Equal("report.pdf", attachment.Name);
        Assert.Equal(2048, attachment.Size);
        Assert.Equal("the report", sent.Data.Text);
        Assert.IsType<MediaMessage>(await Client.Messages.GetAsync(sent.Id));

        var noFile = Media(bob.Uid, "image");
        noFile.Data!.Attachments = null;
        await TestData.AssertFailsAsync(() => Client.Messages.SendAsync(noFile, onBehalfOf: alice.Uid), CometChatErrorCodes.EmptyMessageFile, 400);
        var badUrl = Media(bob.Uid, "video");
        badUrl.Data!.Attachments![0].Url = "not a url";
        await TestData.AssertFailsAsync(() => Client.Messages.SendAsync(badUrl, onBehalfOf: alice.Uid), CometChatErrorCodes.InvalidMediaMessage, 400);
        await TestData.AssertFailsAsync(() => Client.Messages.SendAsync(Media(bob.Uid, "sticker"), onBehalfOf: alice.Uid), CometChatErrorCodes.InvalidMessageType, 400);
    }

    [Fact]
    public async Task Thread_replies_are_paged_with_perPage()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var stranger = await Client.CreateUserAsync();
        var parent = await SendAsync(alice.Uid, bob.Uid, ReceiverType.User, "parent");
        var replies = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            replies.Add((await Client.Messages.SendThreadReplyAsync(parent.Id, i % 2 == 0 ? bob.Uid : alice.Uid, Text(i % 2 == 0 ? alice.Uid : bob.Uid, $"r{i}"))).Id);
        }

        var first = await Client.Messages.ListThreadRepliesAsync(parent.Id, new ListThreadRepliesOptions { PerPage = 2 }, onBehalfOf: alice.Uid);
        Assert.Equal(replies.Take(2), first.Items.Select(m => m.Id));
        Assert.All(first.Items, m => Assert.Equal(parent.Id, m.ParentId));
        var all = await Client.Messages.ListThreadRepliesAllAsync(parent.Id, new ListThreadRepliesOptions { PerPage = 2 }).ToListAsync();
        Assert.Equal(replies, all.Select(m => m.Id));

        await TestData.AssertFailsAsync(() => Client.Messages.ListThreadRepliesAsync(parent.Id, onBehalfOf: stranger.Uid), CometChatErrorCodes.MessageNoAccess, 403);
        await TestData.AssertFailsAsync(() => Client.Messages.ListThreadRepliesAsync("99999999"), CometChatErrorCodes.MessageIdNotFound, 404);
    }

    [Fact]
    public async Task Reactions_are_listed_per_user_and_per_reaction()
    {
        var (guid, owner, members) = await CreateGroupAsync();
        var message = await SendAsync(owner, guid, ReceiverType.Group, "react to me");
        await Client.Messages.AddReactionAsync(message.Id, "👍", owner);
        await Client.Messages.AddReactionAsync(message.Id, "👍", members[0]);
        await Client.Messages.AddReactionAsync(message.Id, "🎉", members[1]);
        await Client.Messages.AddReactionAsync(message.Id, "👍", members[1]);
        await Client.Messages.RemoveReactionAsync(message.Id, "🎉", members[1]);

        var page = await Client.Messages.ListReactionsAsync(message.Id);
        Assert.Equal([owner, members[0], members[1]], page.Items.Select(r => r.Uid));
        Assert.All(page.Items, r => Assert.Equal(message.Id, r.MessageId));
        Assert.Equal(members[0], page.Items[1].ReactedBy?.Uid);
        Assert.Equal("append", page.Next?.Affix);
        Assert.False(page.Next!.Parameters.ContainsKey("sentAt"));

        var thumbs = await Client.Messages.ListReactionsByReactionAllAsync(message.Id, "👍").ToListAsync();
        Assert.Equal(3, thumbs.Count);
        Assert.Empty(await Client.Messages.ListReactionsByReactionAllAsync(message.Id, "🎉").ToListAsync());
    }

    [Fact]
    public async Task Bad_cursor_parameters_and_non_members_are_refused()
    {
        var (guid, _, _) = await CreateGroupAsync();
        var outsider = await Client.CreateUserAsync();

        await TestData.AssertFailsAsync(() => Client.Messages.ListInGroupAsync(guid, onBehalfOf: outsider.Uid), CometChatErrorCodes.GroupNotJoined, 403);
        await TestData.AssertFailsAsync(() => Client.Messages.ListInGroupAsync("no-such-group"), CometChatErrorCodes.GuidNotFound, 404);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client.Messages.ListAsync(new ListMessagesOptions { Limit = 1001 }));

        foreach (var query in new[] { "limit=0", "limit=1001", "affix=sideways", "id=abc", "sentAt=soon" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "messages?" + query);
            request.Headers.Add("apikey", _fixture.Emulator.RestApiKey);
            using var response = await _fixture.Http.SendAsync(request);
            Assert.Equal(400, (int)response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(CometChatErrorCodes.BadRequest, body.RootElement.GetProperty("error").GetProperty("code").GetString());
        }
    }

    private async Task<(string Guid, string Owner, string[] Members)> CreateGroupAsync(string? member = null)
    {
        var owner = (await Client.CreateUserAsync()).Uid;
        var members = new[] { (await Client.CreateUserAsync()).Uid, (await Client.CreateUserAsync()).Uid };
        var guid = TestData.NewUid("g");
        await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = guid, Name = "Lists", Type = GroupType.Public, Owner = owner });
        await Client.GroupMembers.AddAsync(guid, new AddGroupMembersRequest { Participants = member is null ? [.. members] : [.. members, member] });
        return (guid, owner, members);
    }

    private Task<Message> SendAsync(string from, string to, ReceiverType receiverType, string text) =>
        Client.Messages.SendAsync(
            new SendMessageRequest { Receiver = to, ReceiverType = receiverType, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = text } },
            onBehalfOf: from);

    private static SendMessageRequest Text(string to, string text) =>
        new() { Receiver = to, ReceiverType = ReceiverType.User, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = text } };

    private static SendMessageRequest Media(string to, string type) => new()
    {
        Receiver = to,
        ReceiverType = ReceiverType.User,
        Category = SendMessageCategory.Message,
        Type = type,
        Data = new SendMessageData
        {
            Text = "the report",
            Attachments = [new MessageAttachment { Url = "https://files.example.com/report.pdf", Name = "report.pdf", MimeType = "application/pdf", Extension = "pdf", Size = 2048 }],
        },
    };
}
