using System.Text.Json.Serialization;

namespace CometChat.Rest.Benchmarks.Floor;

/// <summary>System.Text.Json's source generator: serialization code written at compile time, no reflection.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(FloorDataEnvelope<FloorUser>))]
[JsonSerializable(typeof(FloorListEnvelope<FloorUser>))]
[JsonSerializable(typeof(FloorDataEnvelope<FloorMessage>))]
[JsonSerializable(typeof(FloorCursorListEnvelope<FloorMessage>))]
[JsonSerializable(typeof(FloorSendMessageRequest))]
public sealed partial class FloorJsonContext : JsonSerializerContext
{
}
