using System.Text.Json;
using System.Text.Json.Nodes;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>Checks that the generated models read the spec's own examples exactly.</summary>
public static class ExampleAssert
{
    private static readonly JsonSerializerOptions s_options = new();

    /// <summary>
    /// Reads each model value of <paramref name="operationId"/>'s 200 example with the model the client uses,
    /// requires every member to be a declared property (nothing left in AdditionalProperties, at any depth),
    /// and writes it back to the same JSON.
    /// </summary>
    public static void ReadsItsOwnExample(string operationId)
    {
        var (model, shape) = SpecResponseModels.Of(operationId);
        var items = SpecResponseModels.Items(JsonNode.Parse(SpecExamples.All[operationId])!, shape);
        Assert.NotEmpty(items);

        foreach (var item in items)
        {
            var json = item.ToJsonString();
            var value = JsonSerializer.Deserialize(json, model, s_options);

            Assert.NotNull(value);
            Assert.Empty(SpecResponseModels.UndeclaredMembers(value));
            JsonAssert.Equivalent(json, JsonSerializer.Serialize(value, model, s_options));
        }
    }
}
