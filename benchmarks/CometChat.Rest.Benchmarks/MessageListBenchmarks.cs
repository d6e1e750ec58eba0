using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CometChat.Rest.Benchmarks.Canned;
using CometChat.Rest.Benchmarks.Floor;
using CometChat.Rest.Core;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Benchmarks;

/// <summary>
/// Reading a 1,000-message list answer (text, media, custom and action messages) from bytes, without HTTP: the
/// SDK's generated converters, which read each message as its own class (TextMessage, MediaMessage, ...), against
/// System.Text.Json's source generator reading one union message class (the baseline).
/// </summary>
[MemoryDiagnoser]
public class MessageListBenchmarks
{
    private readonly byte[] _body = CannedMessages.List1000;

    [GlobalSetup]
    public void Setup()
    {
        // Both must have read the same messages, or the comparison means nothing.
        var sdk = ReadSdk();
        var floor = ReadFloor();
        var sdkKinds = string.Join(",", sdk.GroupBy(m => m.GetType().Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));
        var floorKinds = string.Join(",", floor.GroupBy(m => m.Category + "/" + m.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));
        if (sdk.Count != 1000 || floor.Count != 1000
            || sdkKinds != "ActionMessage=150,CustomMessage=150,MediaMessage=200,TextMessage=500"
            || floorKinds != "action/groupMember=150,custom/location=150,message/image=200,message/text=500")
        {
            throw new InvalidOperationException($"The readers disagree: SDK {sdkKinds}; floor {floorKinds}.");
        }
    }

    [Benchmark(Baseline = true, Description = "Floor: STJ source gen, one union message class")]
    public int Floor() => ReadFloor().Count;

    [Benchmark(Description = "CometChat.Rest: typed by category and type")]
    public int Sdk() => ReadSdk().Count;

    private List<FloorMessage> ReadFloor() =>
        JsonSerializer.Deserialize(_body, FloorJsonContext.Default.FloorCursorListEnvelopeFloorMessage)!.Data;

    /// <summary>What the transport does with a list answer: find <c>data</c>, read it with the generated converter.</summary>
    private List<Message> ReadSdk()
    {
        var reader = new Utf8JsonReader(_body);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data"u8);
            reader.Read();
            if (isData)
            {
                return JsonRead.List(ref reader, MessageJsonConverter.Instance, CometChatTransport.SerializerOptions);
            }

            reader.Skip();
        }

        throw new InvalidOperationException("No data in the answer.");
    }
}
