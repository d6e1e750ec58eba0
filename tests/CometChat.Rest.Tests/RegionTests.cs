using System;

namespace CometChat.Rest.Tests;

public sealed class RegionTests
{
    [Theory]
    [InlineData("us", "us")]
    [InlineData("EU", "eu")]
    [InlineData(" In ", "in")]
    public void Parse_accepts_known_regions_in_any_case(string text, string expected)
    {
        Assert.Equal(expected, CometChatRegion.Parse(text).Value);
    }

    [Fact]
    public void Parse_returns_the_predefined_instances()
    {
        Assert.Equal(CometChatRegion.Us, CometChatRegion.Parse("us"));
        Assert.Equal(CometChatRegion.Eu, CometChatRegion.Parse("eu"));
        Assert.Equal(CometChatRegion.In, CometChatRegion.Parse("in"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("uk")]
    [InlineData("api-us")]
    public void Parse_rejects_unknown_regions(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => CometChatRegion.Parse(text));

        Assert.Equal("text", ex.ParamName);
        Assert.StartsWith($"Unknown CometChat region '{text}': expected us, eu or in.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => CometChatRegion.Parse(null!));
    }

    [Fact]
    public void Equality_is_by_value()
    {
        var custom = new CometChatRegion("eu");

        Assert.True(custom == CometChatRegion.Eu);
        Assert.False(custom != CometChatRegion.Eu);
        Assert.True(custom.Equals((object)CometChatRegion.Eu));
        Assert.False(custom.Equals("eu"));
        Assert.Equal(CometChatRegion.Eu.GetHashCode(), custom.GetHashCode());
        Assert.NotEqual(CometChatRegion.Us, CometChatRegion.Eu);
        Assert.Equal("eu", custom.ToString());
    }

    [Fact]
    public void Default_instance_is_us()
    {
        var region = default(CometChatRegion);

        Assert.Equal("us", region.Value);
        Assert.Equal(CometChatRegion.Us, region);
        Assert.Equal(CometChatRegion.Us.GetHashCode(), region.GetHashCode());
    }

    [Fact]
    public void A_future_region_can_be_created_and_used_in_host_names()
    {
        var options = new CometChatClientOptions { AppId = "app1", ApiKey = "k", Region = new CometChatRegion("sg2") };

        Assert.Equal("https://app1.api-sg2.cometchat.io/v3/", options.GetChatBaseUri().AbsoluteUri);
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("e.u")]
    [InlineData("e u")]
    public void Constructor_rejects_codes_that_are_not_lower_case_letters_and_digits(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CometChatRegion(code));

        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Constructor_rejects_null_and_empty()
    {
        Assert.Throws<ArgumentNullException>(() => new CometChatRegion(null!));
        Assert.Throws<ArgumentException>(() => new CometChatRegion(string.Empty));
    }
}
