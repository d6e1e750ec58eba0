using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Pins, saves, thread subscriptions, interactions and bot messages.</summary>
public sealed class MessageFeaturesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public MessageFeaturesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task A_conversation_holds_at_most_100_pinned_messages()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var stranger = await Client.CreateUserAsync();
        var ids = new System.Collections.Generic.List<string>();
        for (var i = 0; i < 101; i++)
        {
            ids.Add((await SendAsync(alice.Uid, bob.Uid)).Id);
        }

        var pinned = await Client.Messages.PinAsync(ids[0], onBehalfOf: bob.Uid);
        Assert.True(pinned.Success);
        Assert.Equal($"The message {ids[0]} has been pinned successfully.", pinned.Message);

        // Pinning twice is no second pin; the app pins without onBehalfOf, and both count towards the 100.
        await Client.Messages.PinAsync(ids[0], onBehalfOf: alice.Uid);
        foreach (var id in ids.Skip(1).Take(99))
        {
            await Client.Messages.PinAsync(id);
        }

        await TestData.AssertFailsAsync(() => Client.Messages.PinAsync(ids[100]), CometChatErrorCodes.PinnedMessagesLimitExceeded, 400);
        Assert.True((await Client.Messages.UnpinAsync(ids[5], onBehalfOf: alice.Uid)).Success);
        await Client.Messages.PinAsync(ids[100]);

        await TestData.AssertFailsAsync(() => Client.Messages.PinAsync(ids[1], onBehalfOf: stranger.Uid), CometChatErrorCodes.MessageNoAccess, 403);
        await TestData.AssertFailsAsync(() => Client.Messages.PinAsync("99999999"), CometChatErrorCodes.MessageIdNotFound, 404);
    }

    [Fact]
    public async Task Saves_subscriptions_and_interactions_are_a_users()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var stranger = await Client.CreateUserAsync();
        var message = await SendAsync(alice.Uid, bob.Uid);
        var reply = await Client.Messages.SendThreadReplyAsync(message.Id, bob.Uid, Text(alice.Uid));

        Assert.Equal($"The message {message.Id} has been saved successfully.", (await Client.Messages.SaveAsync(message.Id, bob.Uid)).Message);
        Assert.True((await Client.Messages.UnsaveAsync(message.Id, bob.Uid)).Success);
        await TestData.AssertFailsAsync(() => Client.Messages.SaveAsync(message.Id, stranger.Uid), CometChatErrorCodes.MessageNoAccess, 403);

        Assert.Equal($"Subscribed to the thread of message {message.Id} successfully.", (await Client.Messages.SubscribeToThreadAsync(message.Id, alice.Uid)).Message);
        Assert.True((await Client.Messages.UnsubscribeFromThreadAsync(message.Id, alice.Uid)).Success);
        await TestData.AssertFailsAsync(() => Client.Messages.SubscribeToThreadAsync(reply.Id, alice.Uid), CometChatErrorCodes.MessageThreadNesting, 400);

        var interacted = await Client.Messages.MarkInteractedAsync(message.Id, bob.Uid, new MarkMessageInteractedRequest { Interactions = ["submit"] });
        Assert.Equal($"The message id {message.Id} has been marked as interacted for the user {bob.Uid}.", interacted.Message);
        await TestData.AssertFailsAsync(() => Client.Messages.MarkInteractedAsync(message.Id, bob.Uid, new MarkMessageInteractedRequest { Interactions = [] }), CometChatErrorCodes.BadRequest, 400);
    }

    [Fact]
    public async Task A_bot_sends_as_itself()
    {
        var bot = await Client.CreateUserAsync();
        var user = await Client.CreateUserAsync();

        var sent = Assert.IsType<TextMessage>(await Client.Messages.SendAsBotAsync(bot.Uid, Text(user.Uid)));

        Assert.Equal(bot.Uid, sent.Sender);
        Assert.Equal(user.Uid, sent.Receiver);
        await TestData.AssertFailsAsync(() => Client.Messages.SendAsBotAsync("no-such-bot", Text(user.Uid)), CometChatErrorCodes.BotNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.Messages.SendAsBotAsync(bot.Uid, new SendMessageRequest { ReceiverType = ReceiverType.User, Category = SendMessageCategory.Message, Type = "text" }), CometChatErrorCodes.EmptyReceiver, 400);
    }

    private Task<Message> SendAsync(string from, string to) => Client.Messages.SendAsync(Text(to), onBehalfOf: from);

    private static SendMessageRequest Text(string to) =>
        new() { Receiver = to, ReceiverType = ReceiverType.User, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = "hello" } };
}
