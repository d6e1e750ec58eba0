using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Message operations: send to a user or a group, get, edit and delete, threads, reactions, the page-paged list.</summary>
public sealed class MessagesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public MessagesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task A_text_message_to_a_user_is_sent_and_fetched()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();

        var sent = await Client.Messages.SendAsync(
            new SendMessageRequest
            {
                Receiver = bob.Uid,
                ReceiverType = ReceiverType.User,
                Category = SendMessageCategory.Message,
                Type = "text",
                Muid = "m-1",
                Data = new SendMessageData { Text = "Hello Bob", Metadata = new JsonObject { ["k"] = "v" } },
                Tags = ["greeting"],
            },
            onBehalfOf: alice.Uid);

        var text = Assert.IsType<TextMessage>(sent);
        Assert.Equal("Hello Bob", text.Data.Text);
        Assert.Equal(alice.Uid, text.Sender);
        Assert.Equal(bob.Uid, text.Receiver);
        Assert.Equal(string.CompareOrdinal(alice.Uid, bob.Uid) < 0 ? $"{alice.Uid}_user_{bob.Uid}" : $"{bob.Uid}_user_{alice.Uid}", text.ConversationId);
        Assert.Equal("m-1", text.Muid);
        Assert.Equal(["greeting"], text.Tags);

        var fetched = Assert.IsType<TextMessage>(await Client.Messages.GetAsync(sent.Id, onBehalfOf: bob.Uid));
        Assert.Equal("v", fetched.Data.Metadata!["k"]!.GetValue<string>());
        var stranger = await Client.CreateUserAsync();
        await TestData.AssertFailsAsync(() => Client.Messages.GetAsync(sent.Id, onBehalfOf: stranger.Uid), CometChatErrorCodes.MessageNoAccess, 403);
        await TestData.AssertFailsAsync(() => Client.Messages.GetAsync("999999999"), CometChatErrorCodes.MessageIdNotFound, 404);
    }

    [Fact]
    public async Task Blocking_stops_messages_both_ways()
    {
        var blocker = await Client.CreateUserAsync();
        var blocked = await Client.CreateUserAsync();
        await Client.BlockedUsers.BlockAsync(blocker.Uid, new BlockUsersRequest { BlockedUids = [blocked.Uid] });

        await TestData.AssertFailsAsync(() => SendTextAsync(blocked.Uid, blocker.Uid, ReceiverType.User), CometChatErrorCodes.BlockedSender, 403);
        await TestData.AssertFailsAsync(() => SendTextAsync(blocker.Uid, blocked.Uid, ReceiverType.User), CometChatErrorCodes.BlockedReceiver, 403);

        await Client.BlockedUsers.UnblockAsync(blocker.Uid, new UnblockUsersRequest { BlockedUids = [blocked.Uid] });
        Assert.NotNull(await SendTextAsync(blocked.Uid, blocker.Uid, ReceiverType.User));
    }

    [Fact]
    public async Task Group_messages_need_a_member_who_is_not_banned()
    {
        var owner = await Client.CreateUserAsync();
        var member = await Client.CreateUserAsync();
        var outsider = await Client.CreateUserAsync();
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest
        {
            Guid = TestData.NewUid("g"),
            Name = "Chat",
            Type = GroupType.Public,
            Owner = owner.Uid,
            Members = new GroupMembersToAdd { Participants = [member.Uid] },
        });

        var custom = Assert.IsType<CustomMessage>(await Client.Messages.SendAsync(
            new SendMessageRequest
            {
                Receiver = group.Guid,
                ReceiverType = ReceiverType.Group,
                Category = SendMessageCategory.Custom,
                Type = "location",
                Data = new SendMessageData { CustomData = new JsonObject { ["lat"] = 1.5 } },
            },
            onBehalfOf: member.Uid));
        Assert.Equal("group_" + group.Guid, custom.ConversationId);
        Assert.Equal(1.5, custom.Data.CustomData!["lat"]!.GetValue<double>());

        await TestData.AssertFailsAsync(() => SendTextAsync(outsider.Uid, group.Guid, ReceiverType.Group), CometChatErrorCodes.GroupNotJoined, 403);
        await Client.BannedUsers.BanAsync(group.Guid, member.Uid);
        await TestData.AssertFailsAsync(() => SendTextAsync(member.Uid, group.Guid, ReceiverType.Group), CometChatErrorCodes.BannedGroupMember, 403);
        await TestData.AssertFailsAsync(() => SendTextAsync(owner.Uid, TestData.NewUid("g"), ReceiverType.Group), CometChatErrorCodes.GuidNotFound, 404);
        await TestData.AssertFailsAsync(() => SendTextAsync(owner.Uid, TestData.NewUid(), ReceiverType.User), CometChatErrorCodes.UidNotFound, 404);
    }

    [Fact]
    public async Task Bad_messages_get_CometChats_codes()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();

        await TestData.AssertFailsAsync(
            () => Client.Messages.SendAsync(new SendMessageRequest { Receiver = bob.Uid, ReceiverType = ReceiverType.User, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData() }, alice.Uid),
            CometChatErrorCodes.EmptyMessageText,
            400);
        await TestData.AssertFailsAsync(
            () => Client.Messages.SendAsync(new SendMessageRequest { Receiver = bob.Uid, ReceiverType = ReceiverType.User, Category = SendMessageCategory.Custom, Type = "x", Data = new SendMessageData() }, alice.Uid),
            CometChatErrorCodes.EmptyCustomData,
            400);
        await TestData.AssertFailsAsync(
            () => Client.Messages.SendAsync(new SendMessageRequest { Receiver = bob.Uid, ReceiverType = new ReceiverType("channel"), Category = SendMessageCategory.Message, Type = "text" }, alice.Uid),
            CometChatErrorCodes.InvalidReceiverType,
            400);
        await TestData.AssertFailsAsync(
            () => Client.Messages.SendAsync(new SendMessageRequest { ReceiverType = ReceiverType.User, Category = SendMessageCategory.Message, Type = "text" }, alice.Uid),
            CometChatErrorCodes.EmptyReceiver,
            400);
        await TestData.AssertFailsAsync(
            () => Client.Messages.SendAsync(new SendMessageRequest { Receiver = bob.Uid, ReceiverType = ReceiverType.User, Category = new SendMessageCategory("poll"), Type = "text" }, alice.Uid),
            CometChatErrorCodes.InvalidMessageCategory,
            400);
    }

    [Fact]
    public async Task Only_the_sender_deletes_softly_or_permanently()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var first = await SendTextAsync(alice.Uid, bob.Uid, ReceiverType.User);
        var second = await SendTextAsync(alice.Uid, bob.Uid, ReceiverType.User);

        await TestData.AssertFailsAsync(() => Client.Messages.DeleteAsync(first.Id, onBehalfOf: bob.Uid), CometChatErrorCodes.MessageNotASender, 403);
        var softAction = Assert.IsType<ActionMessage>(await Client.Messages.DeleteAsync(first.Id, onBehalfOf: alice.Uid));
        var permanentAction = Assert.IsType<ActionMessage>(await Client.Messages.DeleteAsync(second.Id, new DeleteMessageRequest { Permanent = true }));
        Assert.Equal(MessageAction.Deleted, softAction.Data.Action);
        Assert.Equal("app_system", permanentAction.Sender);
        var soft = Assert.IsType<MessageEntityReference>(softAction.Data.Entities?.On).Entity;
        var permanent = Assert.IsType<MessageEntityReference>(permanentAction.Data.Entities?.On).Entity;
        await TestData.AssertFailsAsync(() => Client.Messages.DeleteAsync(softAction.Id), CometChatErrorCodes.MessageActionNotAllowed, 403);

        // A repeated delete (such as a retried DELETE) answers with the first deletion's action message.
        Assert.Equal(softAction.Id, (await Client.Messages.DeleteAsync(first.Id, onBehalfOf: alice.Uid)).Id);

        Assert.NotNull(soft.DeletedAt);
        Assert.Equal(alice.Uid, soft.DeletedBy);
        Assert.NotNull((await Client.Messages.GetAsync(first.Id)).DeletedAt);
        Assert.Equal("app_system", permanent.DeletedBy);
        await TestData.AssertFailsAsync(() => Client.Messages.GetAsync(second.Id), CometChatErrorCodes.MessageIdNotFound, 404);
    }

    [Fact]
    public async Task A_one_to_one_conversation_is_listed_by_page_and_filtered()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var carol = await Client.CreateUserAsync();
        var sent = new System.Collections.Generic.List<string>();
        for (var i = 0; i < 3; i++)
        {
            sent.Add((await SendTextAsync(alice.Uid, bob.Uid, ReceiverType.User)).Id);
            sent.Add((await SendTextAsync(bob.Uid, alice.Uid, ReceiverType.User)).Id);
        }

        await SendTextAsync(alice.Uid, carol.Uid, ReceiverType.User);
        await Client.Messages.SendAsync(
            new SendMessageRequest { Receiver = bob.Uid, ReceiverType = ReceiverType.User, Category = SendMessageCategory.Custom, Type = "poll", Data = new SendMessageData { CustomData = [] }, Tags = ["vote"] },
            onBehalfOf: alice.Uid);

        var firstPage = await Client.Messages.ListWithUserAsync(bob.Uid, new ListMessagesWithUserOptions { PerPage = 4, Categories = [MessageCategory.Message] }, onBehalfOf: alice.Uid);
        var all = await Client.Messages.ListWithUserAllAsync(bob.Uid, new ListMessagesWithUserOptions { PerPage = 4, Categories = [MessageCategory.Message] }, onBehalfOf: alice.Uid).ToListAsync();
        var fromBob = await Client.Messages.ListWithUserAsync(alice.Uid, new ListMessagesWithUserOptions { Sender = bob.Uid }, onBehalfOf: bob.Uid);
        var custom = await Client.Messages.ListWithUserAsync(bob.Uid, new ListMessagesWithUserOptions { Category = MessageCategory.Custom, WithTags = true }, onBehalfOf: alice.Uid);
        var everyone = await Client.Messages.ListWithUserAsync(alice.Uid);

        Assert.Equal(sent.GetRange(0, 4), firstPage.Items.Select(m => m.Id));
        Assert.Equal(2, firstPage.Pagination!.TotalPages);
        Assert.Equal(sent, all.Select(m => m.Id));
        Assert.Equal(3, fromBob.Items.Count);
        Assert.Equal(["vote"], Assert.IsType<CustomMessage>(Assert.Single(custom.Items)).Tags);
        Assert.Equal(8, everyone.Items.Count);
        await TestData.AssertFailsAsync(() => Client.Messages.ListWithUserAsync(TestData.NewUid()), CometChatErrorCodes.UidNotFound, 404);
    }

    [Fact]
    public async Task The_sender_edits_a_message_until_it_is_deleted()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var sent = await SendTextAsync(alice.Uid, bob.Uid, ReceiverType.User);

        // CometChat answers an edit with its action message; the edited message is its "on" entity.
        var action = Assert.IsType<ActionMessage>(await Client.Messages.UpdateAsync(sent.Id, new UpdateMessageRequest { Data = new UpdateMessageData { Text = "edited" }, Tags = ["fixed"] }, onBehalfOf: alice.Uid));
        Assert.Equal(MessageCategory.Action, action.Category);
        Assert.Equal("message", action.Type);
        Assert.Equal(MessageAction.Edited, action.Data.Action);
        Assert.Equal(alice.Uid, Assert.IsType<UserEntityReference>(action.Data.Entities?.By).Entity.Uid);
        Assert.Equal(bob.Uid, Assert.IsType<UserEntityReference>(action.Data.Entities?.For).Entity.Uid);
        var edited = Assert.IsType<TextMessage>(Assert.IsType<MessageEntityReference>(action.Data.Entities?.On).Entity);
        Assert.Equal(sent.Id, edited.Id);

        Assert.Equal("edited", edited.Data.Text);
        Assert.Equal(alice.Uid, edited.EditedBy);
        Assert.NotNull(edited.EditedAt);
        Assert.Equal(["fixed"], edited.Tags);
        await TestData.AssertFailsAsync(() => Client.Messages.UpdateAsync(sent.Id, new UpdateMessageRequest { Data = new UpdateMessageData { Text = "mine" } }, onBehalfOf: bob.Uid), CometChatErrorCodes.MessageNotASender, 403);
        await TestData.AssertFailsAsync(() => Client.Messages.UpdateAsync(sent.Id, new UpdateMessageRequest { Data = new UpdateMessageData { Text = " " } }), CometChatErrorCodes.EmptyMessageText, 400);

        await Client.Messages.DeleteAsync(sent.Id, onBehalfOf: alice.Uid);
        await TestData.AssertFailsAsync(() => Client.Messages.UpdateAsync(sent.Id, new UpdateMessageRequest { Data = new UpdateMessageData { Text = "late" } }, onBehalfOf: alice.Uid), CometChatErrorCodes.MessageActionNotAllowed, 403);
    }

    [Fact]
    public async Task Thread_replies_stay_in_the_conversation_and_do_not_nest()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var carol = await Client.CreateUserAsync();
        var parent = await SendTextAsync(alice.Uid, bob.Uid, ReceiverType.User);

        var reply = await Client.Messages.SendThreadReplyAsync(parent.Id, bob.Uid, Text(alice.Uid));

        Assert.Equal(parent.Id, reply.ParentId);
        Assert.Equal(parent.ConversationId, reply.ConversationId);
        await TestData.AssertFailsAsync(() => Client.Messages.SendThreadReplyAsync(reply.Id, alice.Uid, Text(bob.Uid)), CometChatErrorCodes.MessageThreadNesting, 400);
        await TestData.AssertFailsAsync(() => Client.Messages.SendThreadReplyAsync(parent.Id, alice.Uid, Text(carol.Uid)), CometChatErrorCodes.WrongMessageThread, 400);
        await TestData.AssertFailsAsync(() => Client.Messages.SendThreadReplyAsync("999999999", alice.Uid, Text(bob.Uid)), CometChatErrorCodes.MessageIdNotFound, 404);
    }

    [Fact]
    public async Task Reactions_are_counted_per_reaction_with_reactedByMe()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var stranger = await Client.CreateUserAsync();
        var sent = await SendTextAsync(alice.Uid, bob.Uid, ReceiverType.User);

        await Client.Messages.AddReactionAsync(sent.Id, "👍", alice.Uid);
        await Client.Messages.AddReactionAsync(sent.Id, "👍", alice.Uid);
        var reacted = Assert.IsType<TextMessage>(await Client.Messages.AddReactionAsync(sent.Id, "👍", bob.Uid));
        var heart = Assert.IsType<TextMessage>(await Client.Messages.AddReactionAsync(sent.Id, "heart", alice.Uid));

        var thumbs = Assert.Single(reacted.Data.Reactions!);
        Assert.Equal(("👍", 2, true), (thumbs.Reaction, thumbs.Count, thumbs.ReactedByMe));
        Assert.Equal(2, heart.Data.Reactions!.Count);

        var removed = Assert.IsType<TextMessage>(await Client.Messages.RemoveReactionAsync(sent.Id, "heart", alice.Uid));
        Assert.Equal(["👍"], removed.Data.Reactions!.Select(r => r.Reaction));
        await TestData.AssertFailsAsync(() => Client.Messages.AddReactionAsync(sent.Id, "👍", stranger.Uid), CometChatErrorCodes.MessageNoAccess, 403);
    }

    private static SendMessageRequest Text(string to) =>
        new() { Receiver = to, ReceiverType = ReceiverType.User, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = "reply" } };

    private Task<Message> SendTextAsync(string from, string to, ReceiverType receiverType) =>
        Client.Messages.SendAsync(
            new SendMessageRequest { Receiver = to, ReceiverType = receiverType, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = "hi" } },
            onBehalfOf: from);
}

/// <summary>Conversations derived from messages: unread counts and marking read.</summary>
public sealed class ConversationsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ConversationsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task A_user_conversation_counts_unread_messages_until_marked_read()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        await TestData.AssertFailsAsync(() => Client.Conversations.GetWithUserAsync(bob.Uid, alice.Uid), CometChatErrorCodes.ConversationNotAccessible, 403);

        var first = await SendAsync(alice.Uid, bob.Uid, ReceiverType.User);
        await SendAsync(alice.Uid, bob.Uid, ReceiverType.User);
        var last = await SendAsync(bob.Uid, alice.Uid, ReceiverType.User);

        var forBob = Assert.IsType<UserConversation>(await Client.Conversations.GetWithUserAsync(alice.Uid, bob.Uid));
        var forAlice = await Client.Conversations.GetWithUserAsync(bob.Uid, alice.Uid);

        Assert.Equal(2, forBob.UnreadMessageCount);
        Assert.Equal(alice.Uid, forBob.ConversationWith!.Uid);
        Assert.Equal(last.Id, forBob.LastMessage!.Id);
        Assert.Equal(ConversationType.User, forBob.ConversationType);
        Assert.Equal(1, forAlice.UnreadMessageCount);

        await Client.Conversations.MarkReadWithUserAsync(alice.Uid, bob.Uid, new MarkConversationRequest { MessageId = long.Parse(first.Id, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(1, (await Client.Conversations.GetWithUserAsync(alice.Uid, bob.Uid)).UnreadMessageCount);
        var read = await Client.Conversations.MarkReadWithUserAsync(alice.Uid, bob.Uid, new MarkConversationRequest());
        Assert.True(read.Success);
        Assert.Equal(0, (await Client.Conversations.GetWithUserAsync(alice.Uid, bob.Uid)).UnreadMessageCount);

        await Client.Conversations.MarkUnreadWithUserAsync(alice.Uid, bob.Uid, new MarkConversationRequest { MessageId = long.Parse(first.Id, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(2, (await Client.Conversations.GetWithUserAsync(alice.Uid, bob.Uid)).UnreadMessageCount);
        await TestData.AssertFailsAsync(
            () => Client.Conversations.MarkUnreadWithUserAsync(alice.Uid, bob.Uid, new MarkConversationRequest { MessageId = 999_999_999 }),
            CometChatErrorCodes.MessageIdNotFound,
            404);
    }

    [Fact]
    public async Task A_group_conversation_is_for_members()
    {
        var owner = await Client.CreateUserAsync();
        var member = await Client.CreateUserAsync();
        var outsider = await Client.CreateUserAsync();
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest
        {
            Guid = TestData.NewUid("g"),
            Name = "Talk",
            Type = GroupType.Public,
            Owner = owner.Uid,
            Members = new GroupMembersToAdd { Participants = [member.Uid] },
        });
        await SendAsync(owner.Uid, group.Guid, ReceiverType.Group);
        await SendAsync(owner.Uid, group.Guid, ReceiverType.Group);

        var forMember = Assert.IsType<GroupConversation>(await Client.Conversations.GetInGroupAsync(group.Guid, member.Uid));

        Assert.Equal(2, forMember.UnreadMessageCount);
        Assert.Equal(group.Guid, forMember.ConversationWith!.Guid);
        Assert.Equal(0, (await Client.Conversations.GetInGroupAsync(group.Guid, owner.Uid)).UnreadMessageCount);
        await Client.Conversations.MarkReadInGroupAsync(group.Guid, member.Uid, new MarkConversationRequest());
        Assert.Equal(0, (await Client.Conversations.GetInGroupAsync(group.Guid, member.Uid)).UnreadMessageCount);
        await Client.Conversations.MarkUnreadInGroupAsync(group.Guid, member.Uid, new MarkConversationRequest());
        Assert.Equal(1, (await Client.Conversations.GetInGroupAsync(group.Guid, member.Uid)).UnreadMessageCount);
        await TestData.AssertFailsAsync(() => Client.Conversations.GetInGroupAsync(group.Guid, outsider.Uid), CometChatErrorCodes.ConversationNotAccessible, 403);
    }

    [Fact]
    public async Task Conversations_are_listed_newest_first_with_unread_counts()
    {
        var me = await Client.CreateUserAsync();
        var friend = await Client.CreateUserAsync();
        var other = await Client.CreateUserAsync();
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest
        {
            Guid = TestData.NewUid("g"),
            Name = "List",
            Type = GroupType.Public,
            Owner = other.Uid,
            Members = new GroupMembersToAdd { Participants = [me.Uid] },
        });
        await SendAsync(friend.Uid, me.Uid, ReceiverType.User);
        await SendAsync(other.Uid, group.Guid, ReceiverType.Group);
        await SendAsync(me.Uid, other.Uid, ReceiverType.User);

        var mine = await Client.Conversations.ListAsync(onBehalfOf: me.Uid);
        var groups = await Client.Conversations.ListAsync(new ListConversationsOptions { ConversationType = ConversationType.Group }, onBehalfOf: me.Uid);
        var unread = await Client.Conversations.ListAsync(new ListConversationsOptions { Unread = true }, onBehalfOf: me.Uid);
        var friends = await Client.Conversations.ListAsync(onBehalfOf: friend.Uid);

        Assert.Equal(3, mine.Items.Count);
        Assert.Equal(other.Uid, Assert.IsType<UserConversation>(mine.Items[0]).ConversationWith!.Uid);
        Assert.Equal(group.Guid, Assert.IsType<GroupConversation>(Assert.Single(groups.Items)).ConversationWith!.Guid);
        Assert.Equal(2, unread.Items.Count);
        Assert.Single(friends.Items);
    }

    private Task<Message> SendAsync(string from, string to, ReceiverType receiverType) =>
        Client.Messages.SendAsync(
            new SendMessageRequest { Receiver = to, ReceiverType = receiverType, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = "hi" } },
            onBehalfOf: from);
}
