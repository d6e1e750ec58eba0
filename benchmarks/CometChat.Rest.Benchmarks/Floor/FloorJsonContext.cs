using System.Text.Json.Serialization;

namespace CometChat.Rest.Benchmarks.Floor;

/// <summary>System.Text.Json's source generator: serialization code written at compile time, no reflection.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FloorDataEnvelope<FloorUser>))]
[JsonSerializable(typeof(FloorListEnvelope<FloorUser>))]
public sealed partial class FloorJsonContext : JsonSerializerContext
{
}
