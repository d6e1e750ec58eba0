using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;
using CometChat.Rest.Models;
using Xunit.Abstractions;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>
/// A scripted chat session of a few hundred operations against an emulator that fails about a quarter of all
/// requests (server errors, dropped connections, 429 bursts, latency; half of the errors and drops strike after the
/// change was made). The client retries what is safe to retry; the script reconciles failed POSTs the way an app
/// must, by looking for what it sent before sending again. At the end nothing is lost and nothing is doubled.
/// </summary>
public sealed class ResilienceScenarioTests
{
    private const int UserCount = 8;
    private const int GroupMessageCount = 150;
    private const int DirectMessageCount = 60;

    private readonly ITestOutputHelper _output;

    public ResilienceScenarioTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task A_chat_session_under_faults_loses_nothing_and_duplicates_nothing()
    {
        var time = new SkippingTimeProvider();
        await using var emulator = await CometChatEmulator.StartAsync(new EmulatorOptions
        {
            TimeProvider = time,
            Faults = new EmulatorFaultOptions
            {
                ErrorRate = 0.2,
                DropRate = 0.04,
                TooManyRequestsRate = 0.03,
                TooManyRequestsBurstLength = 3,
                TooManyRequestsRetryAfter = TimeSpan.FromSeconds(2),
                Latency = TimeSpan.FromMilliseconds(40),
                AfterProcessingShare = 0.5,
                Seed = 20261121,
            },
        });
        var options = emulator.CreateClientOptions();
        options.TimeProvider = time;
        options.Retry.MaxRetries = 12;
        using var client = new CometChatClient(options);
        var script = new Script(client);

        // Users and a group, created so that a lost answer is checked, not repeated blindly.
        var tag = TestData.NewTag();
        var uids = Enumerable.Range(0, UserCount).Select(i => TestData.NewUid($"r{i}")).ToList();
        foreach (var uid in uids)
        {
            await script.CreateUserAsync(uid, tag);
        }

        var guid = TestData.NewUid("g");
        await script.CreateGroupAsync(guid, owner: uids[0]);
        foreach (var chunk in uids.Skip(1).Chunk(3))
        {
            await script.AddMembersAsync(guid, chunk);
        }

        // Messages with unique muids: to the group from everyone in turn, and between the first two users.
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < GroupMessageCount; i++)
        {
            var muid = $"grp-{i}";
            expected[muid] = $"group message {i}";
            ids[muid] = await script.SendAsync(uids[i % UserCount], guid, ReceiverType.Group, muid, expected[muid]);
        }

        for (var i = 0; i < DirectMessageCount; i++)
        {
            var muid = $"dm-{i}";
            var (from, to) = i % 2 == 0 ? (uids[0], uids[1]) : (uids[1], uids[0]);
            expected[muid] = $"direct message {i}";
            ids[muid] = await script.SendAsync(from, to, ReceiverType.User, muid, expected[muid]);
        }

        // Edits are PUTs: the client may replay them, and replaying an edit is harmless.
        foreach (var muid in expected.Keys.Where((_, i) => i % 10 == 3).ToList())
        {
            expected[muid] += " (edited)";
            var message = await client.Messages.GetAsync(ids[muid]);
            await client.Messages.UpdateAsync(ids[muid], new UpdateMessageRequest { Data = new UpdateMessageData { Text = expected[muid] } }, onBehalfOf: message.Sender);
            script.Operations++;
        }

        // Deletes are DELETEs: replayed too, and a repeated delete records nothing new.
        var deleted = expected.Keys.Where((_, i) => i % 20 == 7).ToList();
        foreach (var muid in deleted)
        {
            var message = await client.Messages.GetAsync(ids[muid]);
            await client.Messages.DeleteAsync(ids[muid], onBehalfOf: message.Sender);
            script.Operations++;
        }

        await client.Conversations.MarkReadInGroupAsync(guid, uids[2], new MarkConversationRequest());
        script.Operations++;

        _output.WriteLine($"{script.Operations} operations, {emulator.RequestCount} requests, {emulator.InjectedFaultCount} injected faults, {script.FoundAfterFailure} failed POSTs found done, {script.ResentAfterFailure} sent again");
        Assert.True(script.Operations >= 300, $"only {script.Operations} operations");
        Assert.True(emulator.InjectedFaultCount >= 60, $"only {emulator.InjectedFaultCount} faults were injected");
        Assert.True(script.FoundAfterFailure > 0, "no failed POST had in fact been processed: the late-fault path was not exercised");
        Assert.True(script.ResentAfterFailure > 0, "no failed POST had to be sent again: the early-fault path was not exercised");

        // The final state, read back. Reads are GETs, which the client retries until they get through.
        var users = await client.Users.ListAllAsync(new ListUsersOptions { Tags = [tag] }).ToListAsync();
        Assert.Equal(uids.Order(StringComparer.Ordinal), users.Select(u => u.Uid).Order(StringComparer.Ordinal));

        var members = await client.GroupMembers.ListAllAsync(guid).ToListAsync();
        Assert.Equal(uids.Order(StringComparer.Ordinal), members.Select(m => m.Uid).Order(StringComparer.Ordinal));

        var groupMessages = await client.Messages.ListInGroupAllAsync(guid, new ListGroupMessagesOptions { Category = MessageCategory.Message, Limit = 40 }).ToListAsync();
        var directMessages = await client.Messages.ListWithUserAllAsync(uids[1], new ListMessagesWithUserOptions { Category = MessageCategory.Message, PerPage = 25 }, onBehalfOf: uids[0]).ToListAsync();
        var all = groupMessages.Concat(directMessages).Cast<TextMessage>().ToList();

        var duplicates = all.GroupBy(m => m.Muid).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), all.Select(m => m.Muid!).Order(StringComparer.Ordinal));
        foreach (var message in all)
        {
            Assert.Equal(expected[message.Muid!], message.Data.Text);
            Assert.Equal(ids[message.Muid!], message.Id);
        }

        Assert.Equal(deleted.Order(StringComparer.Ordinal), all.Where(m => m.DeletedAt is not null).Select(m => m.Muid!).Order(StringComparer.Ordinal));
        var actions = await client.Messages.ListAllAsync(new ListMessagesOptions { Category = MessageCategory.Action, Limit = 100 }).ToListAsync();
        var deletions = actions.Cast<ActionMessage>().Where(a => a.Data.Action == MessageAction.Deleted).ToList();
        Assert.Equal(deleted.Select(m => ids[m]).Order(StringComparer.Ordinal), deletions.Select(a => ((MessageEntityReference)a.Data.Entities!.On!).Entity.Id).Order(StringComparer.Ordinal));

        // Group messages come back in the order they were sent.
        Assert.Equal(Enumerable.Range(0, GroupMessageCount).Select(i => $"grp-{i}"), groupMessages.Select(m => m.Muid));
        var conversation = await client.Conversations.GetInGroupAsync(guid, uids[2]);
        Assert.Equal(0, conversation.UnreadMessageCount);
    }

    /// <summary>The script's calls, each with the reconciliation a real app needs after a failed POST.</summary>
    private sealed class Script
    {
        private readonly CometChatClient _client;

        public Script(CometChatClient client)
        {
            _client = client;
        }

        /// <summary>Calls made, counting every send attempt and lookup.</summary>
        public int Operations { get; set; }

        /// <summary>Failed POSTs whose change had been made after all.</summary>
        public int FoundAfterFailure { get; private set; }

        /// <summary>Failed POSTs that had not been processed and were sent again.</summary>
        public int ResentAfterFailure { get; private set; }

        public async Task CreateUserAsync(string uid, string tag)
        {
            while (true)
            {
                try
                {
                    Operations++;
                    await _client.Users.CreateAsync(new CreateUserRequest { Uid = uid, Name = uid, Tags = [tag] });
                    return;
                }
                catch (CometChatException ex) when (ex.ErrorCode == CometChatErrorCodes.UidAlreadyExists)
                {
                    // An earlier attempt went through although its answer was lost.
                    FoundAfterFailure++;
                    return;
                }
                catch (CometChatException ex) when (IsUnknownOutcome(ex))
                {
                    if (await ExistsAsync(() => _client.Users.GetAsync(uid), CometChatErrorCodes.UidNotFound))
                    {
                        FoundAfterFailure++;
                        return;
                    }

                    ResentAfterFailure++;
                }
            }
        }

        public async Task CreateGroupAsync(string guid, string owner)
        {
            while (true)
            {
                try
                {
                    Operations++;
                    await _client.Groups.CreateAsync(new CreateGroupRequest { Guid = guid, Name = guid, Type = GroupType.Public, Owner = owner });
                    return;
                }
                catch (CometChatException ex) when (ex.ErrorCode == CometChatErrorCodes.GuidAlreadyExists)
                {
                    FoundAfterFailure++;
                    return;
                }
                catch (CometChatException ex) when (IsUnknownOutcome(ex))
                {
                    if (await ExistsAsync(() => _client.Groups.GetAsync(guid), CometChatErrorCodes.GuidNotFound))
                    {
                        FoundAfterFailure++;
                        return;
                    }

                    ResentAfterFailure++;
                }
            }
        }

        /// <summary>Adding members answers per UID, and "already joined" means an earlier attempt worked.</summary>
        public async Task AddMembersAsync(string guid, string[] uids)
        {
            while (true)
            {
                try
                {
                    Operations++;
                    var result = await _client.GroupMembers.AddAsync(guid, new AddGroupMembersRequest { Participants = [.. uids] });
                    Assert.Equal(uids.Length, result.Participants?.Count);
                    return;
                }
                catch (CometChatException ex) when (IsUnknownOutcome(ex))
                {
                    ResentAfterFailure++;
                }
            }
        }

        /// <summary>
        /// Sends a message; after a failure whose outcome is unknown, looks for its muid among the newest messages of
        /// the conversation before sending it again.
        /// </summary>
        public async Task<string> SendAsync(string from, string to, ReceiverType receiverType, string muid, string text)
        {
            while (true)
            {
                try
                {
                    Operations++;
                    var sent = await _client.Messages.SendAsync(
                        new SendMessageRequest { Receiver = to, ReceiverType = receiverType, Category = SendMessageCategory.Message, Type = "text", Muid = muid, Data = new SendMessageData { Text = text } },
                        onBehalfOf: from);
                    return sent.Id;
                }
                catch (CometChatException ex) when (IsUnknownOutcome(ex))
                {
                    if (await FindByMuidAsync(from, to, receiverType, muid) is { } id)
                    {
                        FoundAfterFailure++;
                        return id;
                    }

                    ResentAfterFailure++;
                }
            }
        }

        private async Task<string?> FindByMuidAsync(string from, string to, ReceiverType receiverType, string muid)
        {
            // Only this script writes, so a lost message can only be among the newest few: read backwards from the end.
            Operations++;
            IReadOnlyList<Message> newest = receiverType == ReceiverType.Group
                ? (await _client.Messages.ListInGroupAsync(to, new ListGroupMessagesOptions { Affix = CursorAffix.Prepend, Limit = 5 })).Items
                : (await _client.Messages.ListAsync(new ListMessagesOptions { ReceiverType = ReceiverType.User, Affix = CursorAffix.Prepend, Limit = 5 }, onBehalfOf: from)).Items;
            return newest.FirstOrDefault(m => m.Muid == muid)?.Id;
        }

        private async Task<bool> ExistsAsync(Func<Task> get, string notFoundCode)
        {
            Operations++;
            try
            {
                await get();
                return true;
            }
            catch (CometChatException ex) when (ex.ErrorCode == notFoundCode)
            {
                return false;
            }
        }

        /// <summary>No answer, or a server error: the request may or may not have been processed.</summary>
        private static bool IsUnknownOutcome(CometChatException ex) => ex.Status == 0 || ex.Status >= 500;
    }
}
