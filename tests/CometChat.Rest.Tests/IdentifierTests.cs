namespace CometChat.Rest.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("cometchat-uid-1")]
    [InlineData("Super_Hero-42")]
    [InlineData("0123456789")]
    public void Valid_identifiers_have_no_violation(string value)
    {
        Assert.Null(CometChatIdentifier.GetViolation(value));
        Assert.True(CometChatIdentifier.IsValid(value));
    }

    [Fact]
    public void Exactly_100_characters_is_valid()
    {
        Assert.True(CometChatIdentifier.IsValid(new string('x', CometChatIdentifier.MaxLength)));
    }

    [Theory]
    [InlineData(null, "it is null")]
    [InlineData("", "it is empty")]
    [InlineData(" ", "it contains a space at position 0")]
    [InlineData("bob smith", "it contains a space at position 3")]
    [InlineData("bob!", "it contains '!' at position 3")]
    [InlineData("a.b", "it contains '.' at position 1")]
    [InlineData("a/b", "it contains '/' at position 1")]
    [InlineData("tab\t", "it contains '\t' at position 3")]
    [InlineData("é", "it contains 'é' at position 0")]
    public void Invalid_identifiers_say_why(string? value, string violation)
    {
        Assert.Equal(violation, CometChatIdentifier.GetViolation(value));
        Assert.False(CometChatIdentifier.IsValid(value));
    }

    [Fact]
    public void Too_long_identifier_gives_its_length()
    {
        Assert.Equal("it is 101 characters long (at most 100)", CometChatIdentifier.GetViolation(new string('x', 101)));
    }

    [Fact]
    public void Length_is_checked_before_characters()
    {
        Assert.Equal("it is 150 characters long (at most 100)", CometChatIdentifier.GetViolation(new string('!', 150)));
    }

    [Theory]
    [InlineData("Alice", "alice")]
    [InlineData("SUPER_Hero-42", "super_hero-42")]
    [InlineData("bob", "bob")]
    public void Normalize_lower_cases(string value, string expected)
    {
        Assert.Equal(expected, CometChatIdentifier.Normalize(value));
    }

    [Theory]
    [InlineData(IdentifierKind.Uid, "UID")]
    [InlineData(IdentifierKind.Guid, "GUID")]
    [InlineData(IdentifierKind.Role, "role ID")]
    public void Display_names(IdentifierKind kind, string expected)
    {
        Assert.Equal(expected, CometChatIdentifier.GetDisplayName(kind));
    }
}
