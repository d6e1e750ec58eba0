using System.Linq;
using System.Text;
using System.Text.Json;
using CometChat.Rest.Generator.Parsing;

namespace CometChat.Rest.Generator.Tests;

/// <summary>The generator's JSON tree: values, names and positions read lazily from its token array.</summary>
public class JsonTreeTests
{
    [Fact]
    public void ReadsEveryKindOfValueWithItsPosition()
    {
        const string json = """{ "s": "text", "n": 42, "t": true, "f": false, "z": null, "a": [1, [2, 3], { "k": "v" }], "o": {} }""";

        var root = Read(json);

        Assert.Equal(["s", "n", "t", "f", "z", "a", "o"], root.Properties.Select(p => p.Name));
        Assert.Equal("text", root.GetString("s"));
        Assert.Equal(42, root.GetInteger("n"));
        Assert.True(root.GetBoolean("t"));
        Assert.False(root.GetBoolean("f"));
        Assert.IsType<JsonNullValue>(root["z"]);
        var items = root.GetArray("a")!.Items;
        Assert.Equal(3, items.Count);
        Assert.Equal(2, ((JsonArrayValue)items[1]).Items.Count);
        Assert.Equal("v", ((JsonObjectValue)items[2]).GetString("k"));
        Assert.Empty(root.GetObject("o")!.Properties);

        // Positions are byte offsets of the value (quotes and brackets included) and of the quoted name.
        Assert.Equal((0, json.Length), (root.Start, root.Length));
        AssertSpan(json, root["s"]!.Start, root["s"]!.Length, "\"text\"");
        AssertSpan(json, root["a"]!.Start, root["a"]!.Length, """[1, [2, 3], { "k": "v" }]""");
        var name = root.GetProperty("n")!;
        AssertSpan(json, name.NameStart, name.NameLength, "\"n\"");
        AssertSpan(json, items[1].Start, items[1].Length, "[2, 3]");
    }

    [Fact]
    public void ResolvesEscapesInNamesAndStrings()
    {
        var root = Read("""{ "a\u0062": "x\"y\\z", "line\n": "\u00e9" }""");

        Assert.Equal(["ab", "line\n"], root.Properties.Select(p => p.Name));
        Assert.Equal("x\"y\\z", root.GetString("ab"));
        Assert.Equal("é", root.GetString("line\n"));
    }

    [Fact]
    public void ReadsNonAsciiNamesAndPositionsInBytes()
    {
        const string json = """{ "zoë": "ü", "b": 1 }""";

        var root = Read(json);

        Assert.Equal("ü", root.GetString("zoë"));
        // "zoë" and "ü" take one byte more in UTF-8 each, so "b" starts two bytes later than its character index.
        Assert.Equal(json.IndexOf("\"b\"", System.StringComparison.Ordinal) + 2, root.GetProperty("b")!.NameStart);
    }

    [Fact]
    public void NamesThatShareACacheSlotStayDistinct()
    {
        // More distinct names than the name cache has slots, each read twice: collisions must never mix them up.
        var names = Enumerable.Range(0, 3000).Select(i => "name" + i).ToList();
        var json = "[" + string.Join(",", Enumerable.Repeat("{" + string.Join(",", names.Select((n, i) => $"\"{n}\":{i}")) + "}", 2)) + "]";

        var objects = ((JsonArrayValue)JsonTree.Read(Encoding.UTF8.GetBytes(json), Encoding.UTF8.GetByteCount(json)).Root).Items;

        foreach (JsonObjectValue value in objects)
        {
            Assert.Equal(names, value.Properties.Select(p => p.Name));
            Assert.Equal(2999, value.GetInteger("name2999"));
        }
    }

    [Fact]
    public void TheFirstOfTwoEqualKeysWinsInSmallAndLargeObjects()
    {
        var small = Read("""{ "k": 1, "k": 2 }""");
        var large = Read("{" + string.Join(",", Enumerable.Range(0, 20).Select(i => $"\"k{i}\":{i}")) + ",\"k3\":99}");

        Assert.Equal(1, small.GetInteger("k"));
        Assert.Equal(3, large.GetInteger("k3"));
        Assert.Null(large.GetProperty("missing"));
    }

    [Fact]
    public void GrowsPastItsFirstGuessOfTheTokenCount()
    {
        // Two bytes per token, far denser than an indented spec.
        var json = "[" + string.Join(",", Enumerable.Repeat("1", 5000)) + "]";

        var root = (JsonArrayValue)JsonTree.Read(Encoding.UTF8.GetBytes(json), json.Length).Root;

        Assert.Equal(5000, root.Items.Count);
        Assert.All(root.Items, item => Assert.Equal("1", ((JsonNumberValue)item).Text));
    }

    [Fact]
    public void ReadsOnlyTheGivenLengthOfARentedBuffer()
    {
        var buffer = new byte[64];
        var length = Encoding.UTF8.GetBytes("""{ "a": 1 }""", buffer);
        buffer[length] = (byte)'x';

        var root = (JsonObjectValue)JsonTree.Read(buffer, length).Root;

        Assert.Equal(1, root.GetInteger("a"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"a\": 1 } x")]
    [InlineData("{ \"a\": }")]
    [InlineData("[1, 2")]
    public void RejectsMalformedJson(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonTree.Read(Encoding.UTF8.GetBytes(json), Encoding.UTF8.GetByteCount(json)));
    }

    [Theory]
    [InlineData("1e3", 1000L)]
    [InlineData("7.0", 7L)]
    [InlineData("-12", -12L)]
    public void ReadsIntegersWrittenAsDecimals(string number, long expected)
    {
        Assert.Equal(expected, Read($$"""{ "n": {{number}} }""").GetInteger("n"));
    }

    private static JsonObjectValue Read(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        return (JsonObjectValue)JsonTree.Read(utf8, utf8.Length).Root;
    }

    private static void AssertSpan(string json, int byteStart, int byteLength, string expected)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8, byteStart, byteLength));
    }
}
