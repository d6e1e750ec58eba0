using System.Linq;
using System.Reflection;
using CometChat.Rest.Models;

namespace CometChat.Rest.Tests;

/// <summary>
/// The generator carries the spec's identifier kinds and limits into the code as attributes, which analyzers read.
/// These tests pin that the metadata is there and matches the spec.
/// </summary>
public sealed class MetadataTests
{
    [Fact]
    public void Identifier_parameters_carry_their_kind()
    {
        var get = typeof(UsersClient).GetMethod(nameof(UsersClient.GetAsync))!;

        Assert.Equal(IdentifierKind.Uid, Identifier(get.GetParameters().Single(p => p.Name == "uid"))!.Kind);
        Assert.Equal(IdentifierKind.Uid, Identifier(get.GetParameters().Single(p => p.Name == "onBehalfOf"))!.Kind);
        Assert.Null(Identifier(typeof(ApiKeysClient).GetMethod(nameof(ApiKeysClient.GetAsync))!.GetParameters().Single(p => p.Name == "apiKey")));
    }

    [Fact]
    public void Model_properties_carry_identifiers_and_limits()
    {
        Assert.Equal(IdentifierKind.Uid, Identifier(typeof(CreateUserRequest).GetProperty(nameof(CreateUserRequest.Uid))!)!.Kind);
        Assert.Equal(100, Limits(typeof(CreateUserRequest).GetProperty(nameof(CreateUserRequest.Name))!)!.MaxLength);

        var tags = Limits(typeof(CreateUserRequest).GetProperty(nameof(CreateUserRequest.Tags))!)!;
        Assert.Equal(25, tags.MaxItems);
        Assert.Equal(100, tags.ItemMaxLength);

        var uids = Identifier(typeof(DeactivateUsersRequest).GetProperty(nameof(DeactivateUsersRequest.UidsToDeactivate))!)!;
        Assert.Equal(IdentifierKind.Uid, uids.Kind);
        Assert.True(uids.Items);
    }

    [Fact]
    public void Query_options_carry_ranges()
    {
        var perPage = Limits(typeof(ListUsersOptions).GetProperty(nameof(ListUsersOptions.PerPage))!)!;
        Assert.Equal(1, perPage.Minimum);
        Assert.Equal(1000, perPage.Maximum);
        Assert.Equal(-1, perPage.MaxLength);

        Assert.Equal(IdentifierKind.Role, Identifier(typeof(ListUsersOptions).GetProperty(nameof(ListUsersOptions.Role))!)!.Kind);
    }

    [Fact]
    public void The_api_key_setting_is_marked()
    {
        var marked = typeof(CometChatClientOptions).GetProperties().Where(p => p.IsDefined(typeof(CometChatApiKeyAttribute)));

        Assert.Equal([nameof(CometChatClientOptions.ApiKey)], marked.Select(p => p.Name));
    }

    private static CometChatIdentifierAttribute? Identifier(ICustomAttributeProvider target) =>
        target.GetCustomAttributes(typeof(CometChatIdentifierAttribute), false).OfType<CometChatIdentifierAttribute>().SingleOrDefault();

    private static CometChatLimitsAttribute? Limits(PropertyInfo target) =>
        target.GetCustomAttribute<CometChatLimitsAttribute>();
}
