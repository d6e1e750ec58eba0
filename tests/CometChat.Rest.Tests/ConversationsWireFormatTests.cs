using System;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What representative Conversations operations send, and how they read the spec's 200 examples.</summary>
public sealed class ConversationsWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    [Fact]
    public async Task List_sends_filters_and_reads_group_conversations_with_their_last_message()
    {
        using var client = TestClient.Create(SpecExamples.ListConversations, out var handler);

        var page = await client.Conversations.ListAsync(
            new ListConversationsOptions { ConversationType = ConversationType.Group, Unread = true, UserTags = ["vip"], GroupTags = ["a", "b"], PerPage = 20, Page = 2 },
            onBehalfOf: "cometchat-uid-4");

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Get,
            Base + "conversations?conversationType=group&userTags=vip&groupTags=a,b&unread=true&perPage=20&page=2",
            onBehalfOf: "cometchat-uid-4");
        var conversation = Assert.IsType<GroupConversation>(Assert.Single(page.Items));
        Assert.Equal("group_project-group", conversation.ConversationId);
        Assert.Equal(ConversationType.Group, conversation.ConversationType);
        Assert.Equal(0, conversation.UnreadMessageCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1630481413), conversation.UpdatedAt);
        Assert.Equal("Project Group1", conversation.ConversationWith!.Name);
        Assert.Equal(GroupMemberScope.Participant, conversation.ConversationWith.Scope);
        var last = Assert.IsType<ActionMessage>(conversation.LastMessage);
        Assert.Equal(MessageAction.Unbanned, last.Data.Action);
        Assert.Equal("project-group", Assert.IsType<GroupEntityReference>(last.Data.Entities!.For).Entity.Guid);
    }

    [Fact]
    public async Task Get_with_user_reads_a_user_conversation()
    {
        using var client = TestClient.Create(SpecExamples.GetUserConversation, out var handler);

        var conversation = await client.Conversations.GetWithUserAsync("cometchat-uid-2", "cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users/cometchat-uid-2/conversation", onBehalfOf: "cometchat-uid-1");
        var withUser = Assert.IsType<UserConversation>(conversation);
        Assert.Equal(2, withUser.UnreadMessageCount);
        Assert.Equal("George Alan", withUser.ConversationWith!.Name);
        Assert.Equal(["support"], withUser.Tags!);
        Assert.IsType<TextMessage>(withUser.LastMessage);
    }

    [Fact]
    public async Task Get_requires_the_acting_user()
    {
        using var client = TestClient.Create(SpecExamples.GetUserConversation, out var handler);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Conversations.GetWithUserAsync("cometchat-uid-2", null!));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Conversations.GetInGroupAsync("not a guid", "cometchat-uid-1"));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Update_in_group_puts_the_tags()
    {
        using var client = TestClient.Create(SpecExamples.UpdateGroupConversation, out var handler);

        var conversation = await client.Conversations.UpdateInGroupAsync("project-group", "cometchat-uid-4", new UpdateConversationRequest { Tags = ["project"] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "groups/project-group/conversation", """{"tags": ["project"]}""", onBehalfOf: "cometchat-uid-4");
        Assert.Equal(["project"], Assert.IsType<GroupConversation>(conversation).Tags!);
    }

    [Fact]
    public async Task Reset_with_user_deletes_with_its_options()
    {
        using var client = TestClient.Create(SpecExamples.ResetUserConversation, out var handler);

        var result = await client.Conversations.ResetWithUserAsync(
            "cometchat-uid-2",
            "cometchat-uid-1",
            new ResetConversationRequest { ConversationWith = "cometchat-uid-2", DeleteMessagesPermanently = true });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Delete,
            Base + "users/cometchat-uid-2/conversation",
            """{"conversationWith": "cometchat-uid-2", "deleteMessagesPermanently": true}""",
            onBehalfOf: "cometchat-uid-1");
        Assert.True(result.Success);
    }

    [Fact]
    public async Task Mark_read_posts_the_message_id_and_keeps_the_capitalised_message_member()
    {
        using var client = TestClient.Create(SpecExamples.MarkUserConversationRead, out var handler);

        var result = await client.Conversations.MarkReadWithUserAsync("cometchat-uid-2", "cometchat-uid-1", new MarkConversationRequest { MessageId = 9_000_000_001 });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "users/cometchat-uid-2/conversation/read", """{"messageId": 9000000001}""", onBehalfOf: "cometchat-uid-1");
        Assert.True(result.Success);

        // CometChat spells it "Message" on these two operations; it is kept rather than lost.
        Assert.Null(result.Message);
        Assert.StartsWith("All the messages", result.AdditionalProperties!["Message"].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_unread_in_group_deletes_the_read_mark()
    {
        using var client = TestClient.Create(SpecExamples.MarkGroupConversationUnread, out var handler);

        await client.Conversations.MarkUnreadInGroupAsync("project-group", "cometchat-uid-3", new MarkConversationRequest { MessageId = 340 });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "groups/project-group/conversation/read", """{"messageId": 340}""", onBehalfOf: "cometchat-uid-3");
    }

    [Fact]
    public async Task Pin_in_group_posts_for_the_acting_user()
    {
        using var client = TestClient.Create(SpecExamples.PinGroupConversation, out var handler);

        var result = await client.Conversations.PinInGroupAsync("project-group", "cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "groups/project-group/conversation/pin", onBehalfOf: "cometchat-uid-1");
        Assert.True(result.Success);
    }

    [Fact]
    public async Task Replace_pinned_puts_the_ordered_list_and_reads_the_pinned_conversations()
    {
        using var client = TestClient.Create(SpecExamples.ReplacePinnedConversations, out var handler);

        var pinned = await client.Conversations.ReplacePinnedAsync(new ReplacePinnedConversationsRequest
        {
            PinnedConversations = [new PinnedConversationTarget { Guid = "project-group" }, new PinnedConversationTarget { Uid = "cometchat-uid-2" }],
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Put,
            Base + "conversations/pinned",
            """{"pinnedConversations": [{"guid": "project-group"}, {"uid": "cometchat-uid-2"}]}""");
        var conversation = Assert.IsType<GroupConversation>(Assert.Single(pinned));
        Assert.Equal("app_system", conversation.PinnedBy);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), conversation.PinnedAt);
    }

    [Fact]
    public async Task Replace_pinned_rejects_more_than_five_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.ReplacePinnedConversations, out var handler);

        var six = new PinnedConversationTarget[6];
        for (var i = 0; i < six.Length; i++)
        {
            six[i] = new PinnedConversationTarget { Uid = "u" + i };
        }

        await Assert.ThrowsAsync<ArgumentException>(() => client.Conversations.ReplacePinnedAsync(new ReplacePinnedConversationsRequest { PinnedConversations = six }));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task The_deprecated_get_by_id_still_works_and_is_marked_obsolete()
    {
        using var client = TestClient.Create(SpecExamples.GetConversation, out var handler);

#pragma warning disable CS0618 // the deprecated operation is what is under test
        var conversation = await client.Conversations.GetAsync("group_project-group", "cometchat-uid-4");
#pragma warning restore CS0618

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "conversations/group_project-group", onBehalfOf: "cometchat-uid-4");
        Assert.IsType<GroupConversation>(conversation);
        var obsolete = Assert.Single(typeof(ConversationsClient).GetMethod(nameof(ConversationsClient.GetAsync))!.GetCustomAttributes(typeof(ObsoleteAttribute), false));
        Assert.Contains("GetWithUserAsync", ((ObsoleteAttribute)obsolete).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_conversation_type_reads_as_the_base_with_its_members_kept()
    {
        using var client = TestClient.Create("""{"data": {"conversationId": "x", "conversationType": "channel", "conversationWith": {"id": "c1"}}}""", out _);

        var conversation = await client.Conversations.GetInGroupAsync("project-group", "cometchat-uid-1");

        Assert.Equal(typeof(Conversation), conversation.GetType());
        Assert.Equal("c1", conversation.AdditionalProperties!["conversationWith"].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unread_count_sent_as_a_string_reads_as_a_number()
    {
        using var client = TestClient.Create("""{"data": {"conversationId": "group_g", "conversationType": "group", "unreadMessageCount": "7"}}""", out _);

        var conversation = await client.Conversations.GetInGroupAsync("g", "cometchat-uid-1");

        Assert.Equal(7, conversation.UnreadMessageCount);
    }
}
