using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Conversation tags, resets, pins, delivery marks, the deprecated operations by ID and the app-wide pins.</summary>
public sealed class ConversationFeaturesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ConversationFeaturesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Tags_and_pins_belong_to_the_user_who_set_them()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        await SendAsync(alice.Uid, bob.Uid, ReceiverType.User);

        var tagged = await Client.Conversations.UpdateWithUserAsync(bob.Uid, alice.Uid, new UpdateConversationRequest { Tags = ["work"] });
        Assert.Equal(["work"], tagged.Tags);
        Assert.Null((await Client.Conversations.GetWithUserAsync(alice.Uid, bob.Uid)).Tags);

        Assert.Equal("The conversation has been pinned successfully.", (await Client.Conversations.PinWithUserAsync(bob.Uid, alice.Uid)).Message);
        var pinned = await Client.Conversations.GetWithUserAsync(bob.Uid, alice.Uid);
        Assert.NotNull(pinned.PinnedAt);
        Assert.Equal(alice.Uid, pinned.PinnedBy);
        Assert.Null((await Client.Conversations.GetWithUserAsync(alice.Uid, bob.Uid)).PinnedAt);
        await Client.Conversations.UnpinWithUserAsync(bob.Uid, alice.Uid);
        Assert.Null((await Client.Conversations.GetWithUserAsync(bob.Uid, alice.Uid)).PinnedAt);
    }

    [Fact]
    public async Task Conversations_are_filtered_by_their_tags_and_by_who_they_are_with()
    {
        var alice = await Client.CreateUserAsync();
        var vip = await Client.CreateUserAsync(name: "Zed Vip", tags: "vip");
        var plain = await Client.CreateUserAsync(name: "Plain");
        await SendAsync(vip.Uid, alice.Uid, ReceiverType.User);
        await SendAsync(plain.Uid, alice.Uid, ReceiverType.User);
        await Client.Conversations.UpdateWithUserAsync(plain.Uid, alice.Uid, new UpdateConversationRequest { Tags = ["later"] });

        async Task<string[]> WithAsync(ListConversationsOptions options) =>
            [.. (await Client.Conversations.ListAllAsync(options, onBehalfOf: alice.Uid).ToListAsync()).Select(c => Assert.IsType<UserConversation>(c).ConversationWith!.Uid)];

        Assert.Equal([plain.Uid], await WithAsync(new ListConversationsOptions { Tags = ["later"] }));
        Assert.Equal([vip.Uid], await WithAsync(new ListConversationsOptions { UserTags = ["vip"] }));
        Assert.Equal([vip.Uid], await WithAsync(new ListConversationsOptions { SearchKey = "zed" }));
        Assert.Empty(await WithAsync(new ListConversationsOptions { GroupTags = ["vip"] }));

        var tagged = await Client.Conversations.ListAsync(new ListConversationsOptions { WithTags = true, WithUserAndGroupTags = true, UserTags = ["vip"] }, onBehalfOf: alice.Uid);
        Assert.Equal(["vip"], Assert.IsType<UserConversation>(Assert.Single(tagged.Items)).ConversationWith?.Tags);
        var untagged = await Client.Conversations.ListAsync(new ListConversationsOptions { Tags = ["later"] }, onBehalfOf: alice.Uid);
        Assert.Null(Assert.Single(untagged.Items).Tags);
    }

    [Fact]
    public async Task A_user_pins_at_most_five_conversations()
    {
        var alice = await Client.CreateUserAsync();
        var others = new string[6];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = (await Client.CreateUserAsync()).Uid;
            await SendAsync(others[i], alice.Uid, ReceiverType.User);
        }

        foreach (var other in others.Take(5))
        {
            await Client.Conversations.PinWithUserAsync(other, alice.Uid);
        }

        await TestData.AssertFailsAsync(() => Client.Conversations.PinWithUserAsync(others[5], alice.Uid), CometChatErrorCodes.PinnedConversationsLimitExceeded, 400);
        var nobody = await Client.CreateUserAsync();
        await TestData.AssertFailsAsync(() => Client.Conversations.PinWithUserAsync(nobody.Uid, alice.Uid), CometChatErrorCodes.ConversationNotAccessible, 403);
    }

    [Fact]
    public async Task A_reset_hides_the_conversation_until_the_next_message()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        await SendAsync(bob.Uid, alice.Uid, ReceiverType.User);
        await SendAsync(bob.Uid, alice.Uid, ReceiverType.User);

        var reset = await Client.Conversations.ResetWithUserAsync(bob.Uid, alice.Uid);
        Assert.True(reset.Success);
        await TestData.AssertFailsAsync(() => Client.Conversations.GetWithUserAsync(bob.Uid, alice.Uid), CometChatErrorCodes.ConversationNotAccessible, 403);
        Assert.DoesNotContain(await Client.Conversations.ListAllAsync(onBehalfOf: alice.Uid).ToListAsync(), c => c.ConversationId.Contains(bob.Uid, System.StringComparison.Ordinal));

        // Only for alice: bob still has it, and a new message brings it back with one unread message.
        Assert.NotNull(await Client.Conversations.GetWithUserAsync(alice.Uid, bob.Uid));
        await SendAsync(bob.Uid, alice.Uid, ReceiverType.User);
        Assert.Equal(1, (await Client.Conversations.GetWithUserAsync(bob.Uid, alice.Uid)).UnreadMessageCount);

        // Permanently: the messages are gone for everyone.
        await Client.Conversations.ResetWithUserAsync(alice.Uid, bob.Uid, new ResetConversationRequest { DeleteMessagesPermanently = true });
        Assert.Empty((await Client.Messages.ListWithUserAsync(bob.Uid, onBehalfOf: alice.Uid)).Items);
    }

    [Fact]
    public async Task Group_conversations_are_marked_delivered_tagged_and_reset()
    {
        var (guid, owner, member) = await CreateGroupAsync();
        var message = await SendAsync(owner, guid, ReceiverType.Group);

        Assert.True((await Client.Conversations.MarkDeliveredInGroupAsync(guid, member, new MarkConversationRequest { MessageId = long.Parse(message.Id, System.Globalization.CultureInfo.InvariantCulture) })).Success);
        await TestData.AssertFailsAsync(() => Client.Conversations.MarkDeliveredInGroupAsync(guid, member, new MarkConversationRequest { MessageId = 99999999 }), CometChatErrorCodes.MessageIdNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.Conversations.MarkDeliveredWithUserAsync(owner, member, new MarkConversationRequest()), CometChatErrorCodes.ConversationNotAccessible, 403);

        Assert.Equal(["team"], (await Client.Conversations.UpdateInGroupAsync(guid, member, new UpdateConversationRequest { Tags = ["team"] })).Tags);
        Assert.True((await Client.Conversations.PinInGroupAsync(guid, member)).Success);
        Assert.True((await Client.Conversations.UnpinInGroupAsync(guid, member)).Success);
        await Client.Conversations.ResetInGroupAsync(guid, member);
        await TestData.AssertFailsAsync(() => Client.Conversations.GetInGroupAsync(guid, member), CometChatErrorCodes.ConversationNotAccessible, 403);
        Assert.NotNull(await Client.Conversations.GetInGroupAsync(guid, owner));
    }

    [Fact]
#pragma warning disable CS0618 // The deprecated operations are still served, so they are still tested.
    public async Task The_deprecated_operations_read_and_reset_by_conversation_ID()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var sent = await SendAsync(alice.Uid, bob.Uid, ReceiverType.User);

        var conversation = Assert.IsType<UserConversation>(await Client.Conversations.GetAsync(sent.ConversationId!, bob.Uid));
        Assert.Equal(alice.Uid, conversation.ConversationWith?.Uid);
        Assert.Equal(1, conversation.UnreadMessageCount);

        var deleted = await Client.Conversations.DeleteAsync(sent.ConversationId!, bob.Uid);
        Assert.True(deleted.Success);
        await TestData.AssertFailsAsync(() => Client.Conversations.GetAsync(sent.ConversationId!, bob.Uid), CometChatErrorCodes.ConversationNotAccessible, 403);

        var carol = await Client.CreateUserAsync();
        await TestData.AssertFailsAsync(() => Client.Conversations.GetAsync(sent.ConversationId!, carol.Uid), CometChatErrorCodes.ConversationNotFound, 404);
    }
#pragma warning restore CS0618

    [Fact]
    public async Task The_app_pins_up_to_five_conversations_for_everyone()
    {
        var (guid, owner, member) = await CreateGroupAsync();
        await SendAsync(owner, guid, ReceiverType.Group);

        var pinned = await Client.Conversations.ReplacePinnedAsync(new ReplacePinnedConversationsRequest { PinnedConversations = [new PinnedConversationTarget { Guid = guid }, new PinnedConversationTarget { Uid = member }] });
        Assert.Equal(["group_" + guid, "app_system_user_" + member], pinned.Select(c => c.ConversationId));
        Assert.All(pinned, c => Assert.Equal("app_system", c.PinnedBy));
        Assert.Equal(guid, Assert.IsType<GroupConversation>(pinned[0]).ConversationWith?.Guid);
        Assert.Equal(pinned.Select(c => c.ConversationId), (await Client.Conversations.ListPinnedAsync()).Select(c => c.ConversationId));

        // A conversation the app pinned for everyone cannot be pinned or unpinned by a user.
        await TestData.AssertFailsAsync(() => Client.Conversations.PinInGroupAsync(guid, member), CometChatErrorCodes.SystemPinnedConversation, 400);

        var six = Enumerable.Range(0, 6).Select(_ => new PinnedConversationTarget { Guid = guid }).ToList();
        await Assert.ThrowsAnyAsync<System.ArgumentException>(() => Client.Conversations.ReplacePinnedAsync(new ReplacePinnedConversationsRequest { PinnedConversations = six }));
        await TestData.AssertFailsAsync(() => Client.Conversations.ReplacePinnedAsync(new ReplacePinnedConversationsRequest { PinnedConversations = [new PinnedConversationTarget()] }), CometChatErrorCodes.BadRequest, 400);

        Assert.Empty(await Client.Conversations.ReplacePinnedAsync(new ReplacePinnedConversationsRequest { PinnedConversations = [] }));
    }

    private async Task<(string Guid, string Owner, string Member)> CreateGroupAsync()
    {
        var owner = (await Client.CreateUserAsync()).Uid;
        var member = (await Client.CreateUserAsync()).Uid;
        var guid = TestData.NewUid("g");
        await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = guid, Name = "Conversations", Type = GroupType.Public, Owner = owner });
        await Client.GroupMembers.AddAsync(guid, new AddGroupMembersRequest { Participants = [member] });
        return (guid, owner, member);
    }

    private Task<Message> SendAsync(string from, string to, ReceiverType receiverType) =>
        Client.Messages.SendAsync(
            new SendMessageRequest { Receiver = to, ReceiverType = receiverType, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = "hi" } },
            onBehalfOf: from);
}
