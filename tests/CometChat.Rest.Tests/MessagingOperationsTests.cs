using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Testing;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>
/// Every Messages and Conversations operation of the spec, called once: the client uses the spec's method and path
/// and reads the spec's own 200 example.
/// </summary>
public sealed class MessagingOperationsTests
{
    private const string Uid = "cometchat-uid-2";
    private const string Guid = "project-group";
    private const string Actor = "cometchat-uid-1";

    private static readonly SendMessageRequest Text = new() { Receiver = Uid, ReceiverType = ReceiverType.User, Data = new SendMessageData { Text = "hi" } };
    private static readonly MarkConversationRequest UpTo = new() { MessageId = 2 };

    private static readonly Dictionary<string, Func<CometChatClient, Task>> Calls = new(StringComparer.Ordinal)
    {
        ["send-message"] = c => c.Messages.SendAsync(Text),
        ["list-messages"] = c => c.Messages.ListAsync(),
        ["get-message"] = c => c.Messages.GetAsync("2"),
        ["update-message"] = c => c.Messages.UpdateAsync("2", new UpdateMessageRequest { Tags = ["t"] }),
        ["delete-message"] = c => c.Messages.DeleteAsync("2"),
        ["list-message-reactions"] = c => c.Messages.ListReactionsAsync("2"),
        ["list-message-reactions-by-reaction"] = c => c.Messages.ListReactionsByReactionAsync("2", "x"),
        ["add-message-reaction"] = c => c.Messages.AddReactionAsync("2", "x", Actor),
        ["remove-message-reaction"] = c => c.Messages.RemoveReactionAsync("2", "x", Actor),
        ["mark-message-interacted"] = c => c.Messages.MarkInteractedAsync("2", Actor, new MarkMessageInteractedRequest { Interactions = ["e"] }),
        ["send-thread-message"] = c => c.Messages.SendThreadReplyAsync("2", Actor, Text),
        ["list-thread-messages"] = c => c.Messages.ListThreadRepliesAsync("2"),
        ["list-user-messages"] = c => c.Messages.ListWithUserAsync(Uid),
        ["list-group-messages"] = c => c.Messages.ListInGroupAsync(Guid),
        ["send-bot-message"] = c => c.Messages.SendAsBotAsync(Uid, Text),
        ["pin-message"] = c => c.Messages.PinAsync("2"),
        ["unpin-message"] = c => c.Messages.UnpinAsync("2"),
        ["save-message"] = c => c.Messages.SaveAsync("2", Actor),
        ["unsave-message"] = c => c.Messages.UnsaveAsync("2", Actor),
        ["subscribe-thread"] = c => c.Messages.SubscribeToThreadAsync("2", Actor),
        ["unsubscribe-thread"] = c => c.Messages.UnsubscribeFromThreadAsync("2", Actor),
        ["list-conversations"] = c => c.Conversations.ListAsync(),
#pragma warning disable CS0618 // deprecated operations are still part of the API
        ["get-conversation"] = c => c.Conversations.GetAsync("c1", Actor),
        ["delete-conversation"] = c => c.Conversations.DeleteAsync("c1", Actor),
#pragma warning restore CS0618
        ["get-user-conversation"] = c => c.Conversations.GetWithUserAsync(Uid, Actor),
        ["update-user-conversation"] = c => c.Conversations.UpdateWithUserAsync(Uid, Actor, new UpdateConversationRequest()),
        ["reset-user-conversation"] = c => c.Conversations.ResetWithUserAsync(Uid, Actor),
        ["mark-user-conversation-delivered"] = c => c.Conversations.MarkDeliveredWithUserAsync(Uid, Actor, UpTo),
        ["mark-user-conversation-read"] = c => c.Conversations.MarkReadWithUserAsync(Uid, Actor, UpTo),
        ["mark-user-conversation-unread"] = c => c.Conversations.MarkUnreadWithUserAsync(Uid, Actor, UpTo),
        ["pin-user-conversation"] = c => c.Conversations.PinWithUserAsync(Uid, Actor),
        ["unpin-user-conversation"] = c => c.Conversations.UnpinWithUserAsync(Uid, Actor),
        ["get-group-conversation"] = c => c.Conversations.GetInGroupAsync(Guid, Actor),
        ["update-group-conversation"] = c => c.Conversations.UpdateInGroupAsync(Guid, Actor, new UpdateConversationRequest()),
        ["reset-group-conversation"] = c => c.Conversations.ResetInGroupAsync(Guid, Actor),
        ["mark-group-conversation-delivered"] = c => c.Conversations.MarkDeliveredInGroupAsync(Guid, Actor, UpTo),
        ["mark-group-conversation-read"] = c => c.Conversations.MarkReadInGroupAsync(Guid, Actor, UpTo),
        ["mark-group-conversation-unread"] = c => c.Conversations.MarkUnreadInGroupAsync(Guid, Actor, UpTo),
        ["pin-group-conversation"] = c => c.Conversations.PinInGroupAsync(Guid, Actor),
        ["unpin-group-conversation"] = c => c.Conversations.UnpinInGroupAsync(Guid, Actor),
        ["list-pinned-conversations"] = c => c.Conversations.ListPinnedAsync(),
        ["replace-pinned-conversations"] = c => c.Conversations.ReplacePinnedAsync(new ReplacePinnedConversationsRequest { PinnedConversations = [] }),
    };

    public static TheoryData<string> OperationIds => new(SpecOperations().Select(o => o.Id));

    [Fact]
    public void Every_messaging_operation_of_the_spec_is_called_here()
    {
        var inSpec = SpecOperations().Select(o => o.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();

        Assert.Equal(42, inSpec.Count);
        Assert.Equal(inSpec, Calls.Keys.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task The_client_uses_the_specs_method_and_path_and_reads_its_example(string operationId)
    {
        var operation = SpecOperations().Single(o => o.Id == operationId);
        using var client = TestClient.Create(SpecExamples.All[operationId], out var handler);

        await Calls[operationId](client);

        var request = handler.SingleRequest;
        Assert.Equal(new HttpMethod(operation.Method.ToUpperInvariant()), request.Method);
        var path = operation.Path.TrimStart('/')
            .Replace("{id}", "2", StringComparison.Ordinal)
            .Replace("{reaction}", "x", StringComparison.Ordinal)
            .Replace("{uid}", Uid, StringComparison.Ordinal)
            .Replace("{guid}", Guid, StringComparison.Ordinal)
            .Replace("{conversationId}", "c1", StringComparison.Ordinal);
        Assert.Equal(TestClient.BaseUrl + path, request.Url);
        WireAssert.StandardHeaders(request);
        if (operation.OnBehalfOfRequired)
        {
            Assert.Equal(Actor, request.Headers["onBehalfOf"]);
        }
    }

    private static IEnumerable<(string Id, string Method, string Path, bool OnBehalfOfRequired)> SpecOperations()
    {
        var spec = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SpecFile))!;
        foreach (var (path, item) in spec["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                var tag = (string)node!["tags"]![0]!;
                if (tag is not ("Messages" or "Conversations"))
                {
                    continue;
                }

                var required = node["parameters"]?.AsArray().Any(p => (string?)p!["name"] == "onBehalfOf" && (bool?)p["required"] == true) ?? false;
                yield return ((string)node["operationId"]!, method, path, required);
            }
        }
    }
}
