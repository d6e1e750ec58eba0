using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Calls and their transcriptions. The REST API only reads them (calls are made through the SDKs), so they enter
// the store through CometChatEmulator.AddCall and the demo data.
internal sealed partial class EmulatorStore
{
    private static readonly JsonSerializerOptions s_cloneOptions = new();

    private readonly Dictionary<string, (Call Call, List<CallTranscription> Transcriptions, long Sequence)> _calls = new(StringComparer.Ordinal);

    /// <summary>Adds (or replaces) a call record; the store keeps its own copy.</summary>
    public void AddCall(Call call, IEnumerable<CallTranscription> transcriptions)
    {
        lock (_gate)
        {
            _calls[call.SessionId] = (CloneModel(call, CallJsonConverter.Instance), [.. transcriptions.Select(t => CloneModel(t, CallTranscriptionJsonConverter.Instance))], ++_sequence);
        }
    }

    /// <summary>One page of the calls, newest first; an acting user sees only calls they took part in.</summary>
    public PageSlice<Call> ListCalls(CallQuery query, string? actor, PageRequest paging)
    {
        lock (_gate)
        {
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            var calls = _calls.Values
                .Where(entry => (viewer is null || TookPart(entry.Call, viewer)) && Matches(entry.Call, query))
                .OrderByDescending(entry => entry.Call.InitiatedAt)
                .ThenByDescending(entry => entry.Sequence)
                .Select(entry => entry.Call)
                .ToList();
            var page = paging.Slice(calls);
            return new PageSlice<Call>([.. page.Items.Select(call => CloneModel(call, CallJsonConverter.Instance))], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    public Call GetCall(string sessionId, string? actor)
    {
        lock (_gate)
        {
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            if (!_calls.TryGetValue(sessionId, out var entry) || (viewer is not null && !TookPart(entry.Call, viewer)))
            {
                throw ApiError.CallSessionNotFound(sessionId);
            }

            return CloneModel(entry.Call, CallJsonConverter.Instance);
        }
    }

    public PageSlice<CallTranscription> ListCallTranscriptions(string sessionId, PageRequest paging)
    {
        lock (_gate)
        {
            if (!_calls.TryGetValue(sessionId, out var entry))
            {
                throw ApiError.CallSessionNotFound(sessionId);
            }

            var page = paging.Slice(entry.Transcriptions);
            return new PageSlice<CallTranscription>([.. page.Items.Select(t => CloneModel(t, CallTranscriptionJsonConverter.Instance))], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    /// <summary>Sums of the calls' minutes in a time range (for the usage metrics).</summary>
    private (double Audio, double Video, double Recorded) CallMinutes(long from, long to)
    {
        double audio = 0, video = 0, recorded = 0;
        foreach (var (call, _, _) in _calls.Values)
        {
            var at = (call.StartedAt ?? call.InitiatedAt)?.ToUnixTimeSeconds();
            if (at is null || at < from || at > to)
            {
                continue;
            }

            audio += call.TotalAudioMinutes ?? 0;
            video += call.TotalVideoMinutes ?? 0;
            if (call.HasRecording == true)
            {
                recorded += call.TotalDurationInMinutes ?? 0;
            }
        }

        return (audio, video, recorded);
    }

    private static bool TookPart(Call call, string uid) =>
        call.Initiator == uid
        || (call.ReceiverType == CallReceiverType.User && call.Receiver == uid)
        || (call.Participants?.Any(p => p.Uid == uid) ?? false);

    private static bool Matches(Call call, CallQuery query) =>
        (query.Type is null || call.Type?.Value == query.Type)
        && (query.Mode is null || call.Mode?.Value == query.Mode)
        && (query.Status is null || call.Status?.Value == query.Status)
        && (query.ReceiverType is null || call.ReceiverType?.Value == query.ReceiverType)
        && (query.ParticipantsCount is null || call.TotalParticipants == query.ParticipantsCount)
        && (query.StartedAt is null || call.StartedAt?.ToUnixTimeSeconds() >= query.StartedAt)
        && (query.EndedAt is null || call.EndedAt?.ToUnixTimeSeconds() <= query.EndedAt)
        && (query.HasRecording is null || (call.HasRecording ?? false) == query.HasRecording)
        && (query.HasTranscription is null || (call.HasTranscription ?? false) == query.HasTranscription)
        && (query.Uid is null || TookPart(call, CometChatIdentifier.Normalize(query.Uid)));

    /// <summary>A deep copy through the generated converter, so callers never share the stored object.</summary>
    private static T CloneModel<T>(T value, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, s_cloneOptions);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        return converter.Read(ref reader, typeof(T), s_cloneOptions)!;
    }
}
