using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>Keeps the copied examples honest: they must match the spec the client is generated from.</summary>
public sealed class SpecExampleTests
{
    private static JsonNode LoadSpec()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "spec", "cometchat.openapi.json");
            if (File.Exists(path))
            {
                return JsonNode.Parse(File.ReadAllText(path))!;
            }
        }

        throw new FileNotFoundException("spec/cometchat.openapi.json not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Copied_examples_match_the_spec_and_cover_all_55_operations()
    {
        var spec = LoadSpec();
        var operations = spec["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(op => op.Key != "parameters"))
            .Select(op => op.Value!)
            .ToList();

        Assert.Equal(55, operations.Count);
        Assert.Equal(55, SpecExamples.All.Count);
        foreach (var operation in operations)
        {
            var id = (string)operation["operationId"]!;
            var example = operation["responses"]!["200"]!["content"]!["application/json"]!["example"]!;
            Assert.True(SpecExamples.All.ContainsKey(id), $"No copied example for {id}.");
            Assert.True(JsonNode.DeepEquals(example, JsonNode.Parse(SpecExamples.All[id])), $"The copied example for {id} differs from the spec.");
        }
    }
}
