using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Data import: entities keep their original times and become ordinary state.</summary>
public sealed class DataImportTests : IClassFixture<EmulatorFixture>
{
    private static readonly DateTimeOffset s_createdAt = DateTimeOffset.FromUnixTimeSeconds(1674104348);

    private readonly EmulatorFixture _fixture;

    public DataImportTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Imported_users_groups_members_and_messages_are_real_state()
    {
        var alice = TestData.NewUid();
        var bob = TestData.NewUid();
        var guid = TestData.NewUid("g");

        var users = await Client.DataImport.ImportUsersAsync(new ImportUsersRequest
        {
            Users = new Dictionary<string, UserDetails>
            {
                [alice] = new() { Uid = alice, Name = "Alice", CreatedAt = s_createdAt, Tags = ["imported"] },
                [bob] = new() { Uid = bob, Name = "Bob" },
            },
        });
        var groups = await Client.DataImport.ImportGroupsAsync(new ImportGroupsRequest
        {
            Groups = new Dictionary<string, GroupDetails> { [guid] = new() { Guid = guid, Name = "Old group", Type = GroupType.Public, Owner = alice, CreatedAt = s_createdAt } },
        });
        var members = await Client.DataImport.ImportGroupMembersAsync(new ImportGroupMembersRequest
        {
            Members = new Dictionary<string, ImportGroupMember>
            {
                [$"{guid}_member_{bob}"] = new() { MemberId = $"{guid}_member_{bob}", Guid = guid, Uid = bob, Scope = GroupMemberScope.Moderator, JoinedAt = s_createdAt.AddMinutes(1) },
            },
        });
        var messages = await Client.DataImport.ImportMessagesAsync(new ImportMessagesRequest
        {
            Messages = new Dictionary<string, ImportMessage>
            {
                ["muid-" + alice] = new()
                {
                    Muid = "muid-" + alice, Sender = alice, ReceiverType = ReceiverType.User, Receiver = bob, SentAt = s_createdAt.AddMinutes(2),
                    Data = new ModerationMessageData { Text = "Hello from the old system" }, ReadAt = s_createdAt.AddMinutes(3),
                },
            },
        });

        Assert.True(users[alice].Success);
        Assert.Equal(s_createdAt, users[alice].Data!.CreatedAt);
        Assert.Equal(s_createdAt, (await Client.Users.GetAsync(alice)).CreatedAt);
        Assert.True(groups[guid].Success);
        var group = await Client.Groups.GetAsync(guid);
        Assert.Equal(alice, group.Owner);
        Assert.Equal(s_createdAt, group.CreatedAt);
        Assert.True(members[$"{guid}_member_{bob}"].Success);
        var listed = await Client.GroupMembers.ListAllAsync(guid).ToListAsync();
        Assert.Equal(GroupMemberScope.Moderator, listed.Single(m => m.Uid == bob).Scope);
        Assert.Equal(GroupMemberScope.Admin, listed.Single(m => m.Uid == alice).Scope);
        var imported = messages["muid-" + alice];
        Assert.True(imported.Success);
        Assert.Equal(s_createdAt.AddMinutes(3), imported.Data!.ReadAt);
        var stored = await Client.Messages.GetAsync(imported.Data.Id!);
        Assert.Equal(alice, stored.Sender);
        Assert.Equal(s_createdAt.AddMinutes(2), stored.SentAt);
    }

    [Fact]
    public async Task Each_entry_fails_on_its_own()
    {
        var existing = await Client.CreateUserAsync();
        var fresh = TestData.NewUid();

        var users = await Client.DataImport.ImportUsersAsync(new ImportUsersRequest
        {
            Users = new Dictionary<string, UserDetails>
            {
                [existing.Uid] = new() { Uid = existing.Uid, Name = "Again" },
                [fresh] = new() { Uid = fresh, Name = "New" },
                ["mismatch"] = new() { Uid = TestData.NewUid(), Name = "Wrong key" },
            },
        });

        Assert.False(users[existing.Uid].Success);
        Assert.Equal(CometChatErrorCodes.UidAlreadyExists, users[existing.Uid].Error!["code"]!.GetValue<string>());
        Assert.True(users[fresh].Success);
        Assert.Equal(CometChatErrorCodes.ImportInvalidUserFormat, users["mismatch"].Error!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Message_and_member_errors()
    {
        var sender = await Client.CreateUserAsync();
        var receiver = await Client.CreateUserAsync();
        var muid = TestData.NewUid("m");
        ImportMessagesRequest Request() => new()
        {
            Messages = new Dictionary<string, ImportMessage>
            {
                [muid] = new() { Muid = muid, Sender = sender.Uid, ReceiverType = ReceiverType.User, Receiver = receiver.Uid, SentAt = s_createdAt, Data = new ModerationMessageData { Text = "hi" } },
            },
        };

        Assert.True((await Client.DataImport.ImportMessagesAsync(Request()))[muid].Success);
        var again = (await Client.DataImport.ImportMessagesAsync(Request()))[muid];
        Assert.Equal(CometChatErrorCodes.ImportMuidAlreadyExists, again.Error!["code"]!.GetValue<string>());

        var guid = TestData.NewUid("g");
        var key = $"{guid}_member_{sender.Uid}";
        var members = await Client.DataImport.ImportGroupMembersAsync(new ImportGroupMembersRequest
        {
            Members = new Dictionary<string, ImportGroupMember>
            {
                [key] = new()
                {
                    MemberId = key, Guid = guid, Uid = sender.Uid, JoinedAt = s_createdAt.AddDays(-1),
                    GroupDetails = new GroupDetails { Guid = guid, Name = "G", Type = GroupType.Public, CreatedAt = s_createdAt },
                },
            },
        });
        Assert.Equal(CometChatErrorCodes.ImportInvalidJoinedAt, members[key].Error!["code"]!.GetValue<string>());
        Assert.Equal(s_createdAt, (await Client.Groups.GetAsync(guid)).CreatedAt);
    }

    [Fact]
    public async Task At_most_50_entries_per_call()
    {
        var users = Enumerable.Range(0, 51).Select(_ => TestData.NewUid()).ToDictionary(uid => uid, uid => new UserDetails { Uid = uid, Name = "Many" });

        await TestData.AssertFailsAsync(() => Client.DataImport.ImportUsersAsync(new ImportUsersRequest { Users = users }), CometChatErrorCodes.BadRequest, 400);
        await TestData.AssertFailsAsync(() => Client.Users.GetAsync(users.Keys.First()), CometChatErrorCodes.UidNotFound, 404);
    }
}
