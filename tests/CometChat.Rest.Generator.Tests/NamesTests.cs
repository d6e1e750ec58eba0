using CometChat.Rest.Generator.Parsing;

namespace CometChat.Rest.Generator.Tests;

/// <summary>How JSON names become C# names.</summary>
public class NamesTests
{
    [Theory]
    [InlineData("auth_tokens", "AuthTokens")]
    [InlineData("API Keys", "ApiKeys")]
    [InlineData("create-user", "CreateUser")]
    [InlineData("createdAt", "CreatedAt")]
    [InlineData("UID", "Uid")]
    [InlineData("uidsToActivate", "UidsToActivate")]
    [InlineData("X", "X")]
    [InlineData("a.b/c", "ABC")]
    [InlineData("3ds", "N3ds")]
    [InlineData("zoë_name", "ZoName")]
    [InlineData("---", "Value")]
    [InlineData("", "Value")]
    public void ToPascalCase(string json, string expected) => Assert.Equal(expected, Names.ToPascalCase(json));

    [Theory]
    [InlineData("UID", "uid")]
    [InlineData("uidsToActivate", "uidsToActivate")]
    [InlineData("APIKey", "apiKey")]
    [InlineData("per_page", "perPage")]
    public void ToCamelCase(string json, string expected) => Assert.Equal(expected, Names.ToCamelCase(json));
}
