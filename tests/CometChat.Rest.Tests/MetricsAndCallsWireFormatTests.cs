using System;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What the Metrics and Calls operations send, and how they read the spec's 200 examples.</summary>
public sealed class MetricsAndCallsWireFormatTests
{
    private const string Base = TestClient.BaseUrl;
    private const string CallsBase = "https://app1.call-eu.cometchat.io/v3/";

    [Fact]
    public async Task Usage_sends_the_required_date_range_as_query_parameters()
    {
        using var client = TestClient.Create(SpecExamples.GetUsageMetrics, out var handler);

        var stats = await client.Metrics.GetUsageAsync(1630164253000, 1632842653000);

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "stats?fromDate=1630164253000&toDate=1632842653000");
        Assert.Equal(12.5, stats.Metrics!.AudioMinutes);
        Assert.Equal(42, stats.Metrics.ActiveUsers);
        Assert.Equal(1630164253000, stats.TimeRange!.FromDate);
    }

    [Fact]
    public async Task Message_metrics_reads_the_data_points()
    {
        using var client = TestClient.Create(SpecExamples.GetMessageMetrics, out var handler);

        var metrics = await client.Metrics.GetMessagesAsync();

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "stats/messages");
        Assert.Equal(4, Assert.Single(metrics.DataPoints!).MessagesSent);
    }

    [Fact]
    public async Task List_calls_goes_to_the_calls_host_with_its_filters()
    {
        using var client = TestClient.Create(SpecExamples.ListCalls, out var handler);

        var page = await client.Calls.ListAsync(new ListCallsOptions
        {
            Type = CallType.Audio,
            Mode = CallMode.Call,
            Status = CallStatus.Ended,
            HasTranscription = true,
            Uid = "cometchat-uid-8",
            PerPage = 10,
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Get,
            CallsBase + "calls?type=audio&mode=call&status=ended&hasTranscription=true&uid=cometchat-uid-8&perPage=10");
        var call = Assert.Single(page.Items);
        Assert.Equal(CallType.Audio, call.Type);
        Assert.Equal(CallStatus.Ended, call.Status);
        Assert.Equal(CallReceiverType.User, call.ReceiverType);
        Assert.Equal("00:00:30", call.TotalDuration);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1692368157), call.EndedAt);
        Assert.Equal(2, call.Participants!.Count);
        Assert.Equal(CallStatus.Unanswered, call.Participants[1].State);
    }

    [Fact]
    public async Task Get_call_escapes_the_session_id_on_the_calls_host()
    {
        using var client = TestClient.Create(SpecExamples.GetCall, out var handler);

        var call = await client.Calls.GetAsync("v1.us.31780434a95d45.16923681138d75114d60d1345a22e4cc612263fb26c0b5cf92", onBehalfOf: "cometchat-uid-8");

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Get,
            CallsBase + "calls/v1.us.31780434a95d45.16923681138d75114d60d1345a22e4cc612263fb26c0b5cf92",
            onBehalfOf: "cometchat-uid-8");
        Assert.Equal("cometchat-uid-8", call.Initiator);
    }

    [Fact]
    public async Task List_transcriptions_reads_the_transcription()
    {
        using var client = TestClient.Create(SpecExamples.ListCallTranscriptions, out var handler);

        var page = await client.Calls.ListTranscriptionsAsync("session-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, CallsBase + "calls/session-1/transcriptions");
        Assert.Equal("0f1f4d7a-6c3b-4a2e-9d15-8a7c2b4e6f10", Assert.Single(page.Items).Tid);
    }
}
