using System;
using System.Collections.Generic;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

/// <summary>
/// The demo data <see cref="EmulatorOptions.SeedDemoData"/> adds: CometChat's sample-app users, a few friendships,
/// two groups with members, a few messages (so conversations with unread counts), a role and a finished call with a
/// transcription.
/// </summary>
internal static class DemoData
{
    private static readonly (string Uid, string Name)[] s_users =
    [
        ("cometchat-uid-1", "Andrew Joseph"),
        ("cometchat-uid-2", "George Alan"),
        ("cometchat-uid-3", "Nancy Grace"),
        ("cometchat-uid-4", "Susan Marie"),
        ("cometchat-uid-5", "John Paul"),
    ];

    private static readonly (string From, string To, ReceiverType Type, string Text)[] s_messages =
    [
        ("cometchat-uid-1", "cometchat-uid-2", ReceiverType.User, "Hi George, are you coming on Saturday?"),
        ("cometchat-uid-2", "cometchat-uid-1", ReceiverType.User, "Yes! Which trail?"),
        ("cometchat-uid-1", "cometchat-uid-2", ReceiverType.User, "The ridge loop, 8 am at the car park."),
        ("cometchat-uid-1", "cometchat-guid-1", ReceiverType.Group, "Saturday: ridge loop, 8 am."),
        ("cometchat-uid-3", "cometchat-guid-1", ReceiverType.Group, "Count me in."),
    ];

    /// <summary>Creates the demo data; returns the users, each with one auth token (in <see cref="User.AuthToken"/>).</summary>
    public static IReadOnlyList<User> Seed(EmulatorStore store, DateTimeOffset now)
    {
        store.CreateRole(new CreateRoleRequest { Role = "support", Name = "Support", Description = "Support agents" });

        var users = new List<User>();
        foreach (var (uid, name) in s_users)
        {
            users.Add(store.CreateUser(new CreateUserRequest
            {
                Uid = uid,
                Name = name,
                Avatar = $"https://assets.cometchat.io/sampleapp/v2/users/{uid}.webp",
                Role = uid == "cometchat-uid-5" ? "support" : null,
                Tags = ["demo"],
                WithAuthToken = true,
            }));
        }

        store.AddFriends("cometchat-uid-1", ["cometchat-uid-2", "cometchat-uid-3"]);
        store.AddFriends("cometchat-uid-2", ["cometchat-uid-3"]);

        store.CreateGroup(
            new CreateGroupRequest
            {
                Guid = "cometchat-guid-1",
                Name = "Hiking Group",
                Type = GroupType.Public,
                Description = "Weekend hikes and trail tips",
                Icon = "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
                Owner = "cometchat-uid-1",
                Tags = ["demo"],
                Members = new GroupMembersToAdd { Moderators = ["cometchat-uid-2"], Participants = ["cometchat-uid-3", "cometchat-uid-4"] },
            },
            actor: null);
        store.CreateGroup(
            new CreateGroupRequest
            {
                Guid = "cometchat-guid-2",
                Name = "Book Club",
                Type = GroupType.Private,
                Description = "One book a month",
                Owner = "cometchat-uid-2",
                Tags = ["demo"],
                Members = new GroupMembersToAdd { Participants = ["cometchat-uid-1", "cometchat-uid-5"] },
            },
            actor: null);

        foreach (var (from, to, type, text) in s_messages)
        {
            store.SendMessage(
                new SendMessageRequest { Receiver = to, ReceiverType = type, Category = SendMessageCategory.Message, Type = "text", Data = new SendMessageData { Text = text } },
                from);
        }

        var started = now.AddMinutes(-30);
        const string sessionId = "v1.us.emulator.demo-call-1";
        store.AddCall(
            new Call
            {
                SessionId = sessionId,
                Type = CallType.Audio,
                Mode = CallMode.Call,
                Status = CallStatus.Ended,
                Initiator = "cometchat-uid-1",
                Receiver = "cometchat-uid-2",
                ReceiverType = CallReceiverType.User,
                TotalAudioMinutes = 2,
                TotalVideoMinutes = 0,
                TotalDuration = "00:02:00",
                TotalDurationInMinutes = 2,
                TotalParticipants = 2,
                HasRecording = false,
                HasTranscription = true,
                Mid = "demo-media-1",
                InitiatedAt = started.AddSeconds(-10),
                StartedAt = started,
                EndedAt = started.AddMinutes(2),
                Participants =
                [
                    new CallParticipant { Uid = "cometchat-uid-1", TotalAudioMinutes = 2, TotalVideoMinutes = 0, TotalDuration = 2, IsJoined = true, State = CallStatus.Ended, JoinedAt = started, LeftAt = started.AddMinutes(2) },
                    new CallParticipant { Uid = "cometchat-uid-2", TotalAudioMinutes = 2, TotalVideoMinutes = 0, TotalDuration = 2, IsJoined = true, State = CallStatus.Ended, JoinedAt = started, LeftAt = started.AddMinutes(2) },
                ],
            },
            [
                new CallTranscription
                {
                    Tid = "demo-transcript-1",
                    Mid = "demo-media-1",
                    RoomName = sessionId,
                    StartTime = started,
                    EndTime = started.AddMinutes(2),
                    TranscriptDate = started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                    TranscriptUrl = "https://example.invalid/transcripts/demo-transcript-1.json",
                },
            ]);

        return users;
    }
}
