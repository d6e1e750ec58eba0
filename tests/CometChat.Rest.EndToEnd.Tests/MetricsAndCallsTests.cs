using System;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Metrics computed from the state, and calls recorded through <see cref="Emulator.CometChatEmulator.AddCall"/>.</summary>
public sealed class MetricsAndCallsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public MetricsAndCallsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    [Fact]
    public async Task Usage_counts_active_users_and_call_minutes()
    {
        var now = DateTimeOffset.UtcNow;
        var from = now.AddHours(-1).ToUnixTimeMilliseconds();
        var to = now.AddHours(1).ToUnixTimeMilliseconds();
        var before = await Client.Metrics.GetUsageAsync(from, to);

        var user = await Client.CreateUserAsync();
        _fixture.Emulator.AddCall(NewCall(user.Uid, (await Client.CreateUserAsync()).Uid, now, audioMinutes: 3, videoMinutes: 1.5));
        var after = await Client.Metrics.GetUsageAsync(from, to);

        Assert.Equal(before.Metrics!.ActiveUsers + 2, after.Metrics!.ActiveUsers);
        Assert.Equal(before.Metrics.AudioMinutes + 3, after.Metrics.AudioMinutes);
        Assert.Equal(before.Metrics.VideoMinutes + 1.5, after.Metrics.VideoMinutes);
        Assert.Equal(from, after.TimeRange!.FromDate);
        Assert.Equal(to, after.TimeRange.ToDate);
        await TestData.AssertFailsAsync(() => Client.Metrics.GetUsageAsync(to, from), CometChatErrorCodes.BadRequest, 400);
    }

    [Fact]
    public async Task Message_metrics_have_CometChats_shape()
    {
        var metrics = await Client.Metrics.GetMessagesAsync();

        Assert.Equal(_fixture.Emulator.AppId, metrics.AppId);
        Assert.Equal(12, metrics.DataPoints!.Count);
        Assert.Equal(metrics.StartTime, metrics.DataPoints[0].StartTime);
        Assert.Equal(metrics.EndTime, metrics.DataPoints[^1].EndTime);
        Assert.True(long.Parse(metrics.EndTime!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(metrics.StartTime!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Calls_are_listed_filtered_and_fetched()
    {
        var alice = await Client.CreateUserAsync();
        var bob = await Client.CreateUserAsync();
        var carol = await Client.CreateUserAsync();
        var now = DateTimeOffset.UtcNow;
        var first = NewCall(alice.Uid, bob.Uid, now.AddMinutes(-10), audioMinutes: 1, videoMinutes: 0);
        var second = NewCall(bob.Uid, carol.Uid, now.AddMinutes(-5), audioMinutes: 0, videoMinutes: 2);
        second.Type = CallType.Video;
        second.HasRecording = true;
        _fixture.Emulator.AddCall(first, [new CallTranscription { Tid = "t-1", Mid = first.Mid, TranscriptUrl = "https://example.invalid/t-1.json" }]);
        _fixture.Emulator.AddCall(second);

        var bobs = await Client.Calls.ListAsync(new ListCallsOptions { Uid = bob.Uid });
        var video = await Client.Calls.ListAsync(new ListCallsOptions { Uid = bob.Uid, Type = CallType.Video });
        var asAlice = await Client.Calls.ListAsync(new ListCallsOptions { HasRecording = false }, onBehalfOf: alice.Uid);
        var fetched = await Client.Calls.GetAsync(first.SessionId);
        var transcriptions = await Client.Calls.ListTranscriptionsAsync(first.SessionId);

        Assert.Equal([second.SessionId, first.SessionId], bobs.Items.Select(c => c.SessionId));
        Assert.Equal([second.SessionId], video.Items.Select(c => c.SessionId));
        Assert.Equal([first.SessionId], asAlice.Items.Select(c => c.SessionId));
        Assert.Equal(CallStatus.Ended, fetched.Status);
        Assert.Equal(2, fetched.Participants!.Count);
        Assert.Equal("t-1", Assert.Single(transcriptions.Items).Tid);
        await TestData.AssertFailsAsync(() => Client.Calls.GetAsync(second.SessionId, onBehalfOf: alice.Uid), CometChatErrorCodes.CallSessionNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.Calls.GetAsync("no-such-session"), CometChatErrorCodes.CallSessionNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.Calls.ListTranscriptionsAsync("no-such-session"), CometChatErrorCodes.CallSessionNotFound, 404);
    }

    private static Call NewCall(string from, string to, DateTimeOffset startedAt, double audioMinutes, double videoMinutes) => new()
    {
        SessionId = "v1.us.test." + Guid.NewGuid().ToString("N"),
        Type = CallType.Audio,
        Mode = CallMode.Call,
        Status = CallStatus.Ended,
        Initiator = from,
        Receiver = to,
        ReceiverType = CallReceiverType.User,
        TotalAudioMinutes = audioMinutes,
        TotalVideoMinutes = videoMinutes,
        TotalDurationInMinutes = audioMinutes + videoMinutes,
        TotalParticipants = 2,
        HasRecording = false,
        HasTranscription = false,
        Mid = Guid.NewGuid().ToString(),
        InitiatedAt = startedAt.AddSeconds(-5),
        StartedAt = startedAt,
        EndedAt = startedAt.AddMinutes(audioMinutes + videoMinutes),
        Participants =
        [
            new CallParticipant { Uid = from, IsJoined = true, State = CallStatus.Ended },
            new CallParticipant { Uid = to, IsJoined = true, State = CallStatus.Ended },
        ],
    };
}
