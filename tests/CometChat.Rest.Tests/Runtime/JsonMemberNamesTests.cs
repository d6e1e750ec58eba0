using System.Text;
using System.Text.Json;
using CometChat.Rest.Core;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Tests.Runtime;

/// <summary>How generated converters find which member the reader is on.</summary>
public sealed class JsonMemberNamesTests
{
    private static readonly JsonMemberNames s_names = new("uid", "name", "role", "tags", "createdAt", "zoë", "", "uid");

    [Theory]
    [InlineData("uid", 0)]
    [InlineData("name", 1)]
    [InlineData("role", 2)]
    [InlineData("tags", 3)]
    [InlineData("createdAt", 4)]
    [InlineData("zoë", 5)]
    [InlineData("", 6)]
    [InlineData("Uid", -1)]
    [InlineData("names", -1)]
    [InlineData("x", -1)]
    [InlineData("a-name-longer-than-any-known-one", -1)]
    public void FindsANameByItsBytes(string name, int expected)
    {
        Assert.Equal(expected, IndexOf(JsonSerializer.Serialize(name)));
    }

    [Theory]
    [InlineData("\"\\u0075id\"", 0)]
    [InlineData("\"r\\u006fle\"", 2)]
    [InlineData("\"zo\\u00eb\"", 5)]
    [InlineData("\"\\u0055id\"", -1)]
    public void FindsEscapedNames(string quoted, int expected)
    {
        Assert.Equal(expected, IndexOf(quoted));
    }

    [Fact]
    public void TheFirstOfTwoEqualNamesWins()
    {
        Assert.Equal(0, IndexOf("\"uid\""));
        Assert.Equal(8, s_names.Count);
    }

    [Fact]
    public void AGeneratedConverterReadsEscapedAndUnknownMembers()
    {
        const string json = """{ "\u0075id": "u1", "name": "Ann", "\u006e\u0061\u006d\u0065X": 1, "createdAt": 1700000000 }""";

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var user = UserJsonConverter.Instance.Read(ref reader, typeof(User), CometChatTransport.SerializerOptions);

        Assert.Equal("u1", user.Uid);
        Assert.Equal("Ann", user.Name);
        Assert.Equal(1_700_000_000, user.CreatedAt!.Value.ToUnixTimeSeconds());
        Assert.Equal("nameX", Assert.Single(user.AdditionalProperties!).Key);
    }

    private static int IndexOf(string quotedName)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{" + quotedName + ": 1}"));
        reader.Read();
        reader.Read();
        return s_names.IndexOf(ref reader);
    }
}
