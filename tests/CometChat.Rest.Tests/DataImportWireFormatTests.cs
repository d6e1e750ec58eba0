using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What the data import operations send (maps keyed by UID, GUID, memberId or muid) and how they read the results.</summary>
public sealed class DataImportWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    public static TheoryData<string> ImportOperations => new(SpecResponseModels.OperationIdsTagged("Data Import"));

    [Theory]
    [MemberData(nameof(ImportOperations))]
    public void Every_import_operation_reads_its_own_example(string operationId) => ExampleAssert.ReadsItsOwnExample(operationId);

    [Fact]
    public async Task Import_users_sends_each_user_under_its_uid()
    {
        using var client = TestClient.Create(SpecExamples.ImportUsers, out var handler);

        var results = await client.DataImport.ImportUsersAsync(new ImportUsersRequest
        {
            Users = new Dictionary<string, UserDetails>
            {
                ["r123"] = new() { Uid = "r123", Name = "Receiver One", CreatedAt = DateTimeOffset.FromUnixTimeSeconds(1674104348), Tags = ["imported"] },
            },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "data_import/users",
            """{"users":{"r123":{"uid":"r123","name":"Receiver One","tags":["imported"],"createdAt":1674104348}}}""");
        var result = results["r123"];
        Assert.True(result.Success);
        Assert.Equal("Receiver One", result.Data!.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1674104400), result.Data.LastActiveAt);
    }

    [Fact]
    public async Task Import_groups_sends_the_owner_details_inside_the_group()
    {
        using var client = TestClient.Create(SpecExamples.ImportGroups, out var handler);

        var results = await client.DataImport.ImportGroupsAsync(new ImportGroupsRequest
        {
            Groups = new Dictionary<string, GroupDetails>
            {
                ["guid1"] = new() { Guid = "guid1", Name = "Group One", Type = GroupType.Public, Owner = "r123", GroupOwnerDetails = new UserDetails { Uid = "r123", Name = "Receiver One" } },
            },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "data_import/groups",
            """{"groups":{"guid1":{"guid":"guid1","name":"Group One","type":"public","owner":"r123","groupOwnerDetails":{"uid":"r123","name":"Receiver One"}}}}""");
        Assert.Equal("group_guid1", results["guid1"].Data!.ConversationId);
    }

    [Fact]
    public async Task Import_members_keys_each_membership_by_guid_and_uid()
    {
        using var client = TestClient.Create(SpecExamples.ImportGroupMembers, out var handler);

        var results = await client.DataImport.ImportGroupMembersAsync(new ImportGroupMembersRequest
        {
            Members = new Dictionary<string, ImportGroupMember>
            {
                ["guid1_member_r123"] = new() { MemberId = "guid1_member_r123", Guid = "guid1", Uid = "r123", Scope = GroupMemberScope.Admin, JoinedAt = DateTimeOffset.FromUnixTimeSeconds(1674104350) },
            },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "data_import/members",
            """{"members":{"guid1_member_r123":{"memberId":"guid1_member_r123","guid":"guid1","uid":"r123","scope":"admin","joinedAt":1674104350}}}""");
        Assert.Equal(GroupMemberScope.Admin, results["guid1_member_r123"].Data!.Scope);
    }

    [Fact]
    public async Task Import_messages_sends_timestamps_and_mentioned_users()
    {
        using var client = TestClient.Create(SpecExamples.ImportMessages, out var handler);

        var results = await client.DataImport.ImportMessagesAsync(new ImportMessagesRequest
        {
            Messages = new Dictionary<string, ImportMessage>
            {
                ["muid-1"] = new()
                {
                    Muid = "muid-1",
                    Sender = "s12",
                    ReceiverType = ReceiverType.User,
                    Receiver = "r123",
                    SentAt = DateTimeOffset.FromUnixTimeSeconds(1674104348),
                    ReadAt = DateTimeOffset.FromUnixTimeSeconds(1674104360),
                    Category = "message",
                    Type = "text",
                    Data = new ModerationMessageData { Text = "Hello <@uid:r123>" },
                    MentionedUserDetails = new Dictionary<string, UserDetails> { ["r123"] = new() { Uid = "r123", Name = "Receiver One" } },
                },
            },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "data_import/messages",
            """
            {"messages":{"muid-1":{"muid":"muid-1","sender":"s12","receiverType":"user","receiver":"r123","sentAt":1674104348,"category":"message","type":"text",
             "data":{"text":"Hello <@uid:r123>"},"readAt":1674104360,"mentionedUserDetails":{"r123":{"uid":"r123","name":"Receiver One"}}}}}
            """);
        var imported = results["muid-1"].Data!;
        Assert.Equal("1029", imported.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1674104360), imported.ReadAt);
    }

    [Fact]
    public async Task A_bad_uid_inside_an_imported_user_is_refused_before_sending()
    {
        using var client = TestClient.Create(SpecExamples.ImportUsers, out var handler);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.DataImport.ImportUsersAsync(new ImportUsersRequest
        {
            Users = new Dictionary<string, UserDetails> { ["bad uid"] = new() { Uid = "bad uid", Name = "Bad" } },
        }));

        Assert.Empty(handler.Requests);
    }
}
