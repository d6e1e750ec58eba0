using System.Text.Json;
using System.Text.Json.Nodes;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>Compares JSON texts.</summary>
public static class JsonAssert
{
    /// <summary>The JSON re-written without whitespace, member order kept.</summary>
    public static string Normalize(string json) =>
        JsonNode.Parse(json)?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";

    /// <summary>Same members in the same order with the same values (whitespace ignored).</summary>
    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(Normalize(expected), Normalize(actual));
    }

    /// <summary>Same members with the same values, in any order.</summary>
    public static void Equivalent(string expected, string? actual)
    {
        Assert.NotNull(actual);
        var e = JsonNode.Parse(expected);
        var a = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(e, a), $"JSON differs.\nExpected: {Normalize(expected)}\nActual:   {Normalize(actual)}");
    }
}
