using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CometChat.Rest.Core;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>The generated converters: round trips, unknown members and values, required members, lenient scalars.</summary>
public sealed class SerializationTests
{
    // AI Agents responses are often not {"data": ...} envelopes; AiAgentsWireFormatTests round-trips those.
    public static TheoryData<string> OperationIds => new(SpecExamples.All.Keys.Where(id => !SpecExamples.AiAgentOperations.ContainsKey(id)));

    /// <summary>The converter for the <c>data</c> of each operation's response; null: checked from the spec alone.</summary>
    private static Func<string, string>? DataRoundTrip(string operationId) => operationId switch
    {
        "create-user" or "get-user" or "update-user" or "list-users" => json => JsonRoundTrip.Through(UserJsonConverter.Instance, json),
        "reactivate-users" => json => JsonRoundTrip.Through(ReactivateUsersResultJsonConverter.Instance, json),
        "deactivate-users" => json => JsonRoundTrip.Through(DeactivateUsersResultJsonConverter.Instance, json),
        "delete-user" or "flush-auth-tokens" or "delete-auth-token" or "delete-api-key" => json => JsonRoundTrip.Through(DeleteResultJsonConverter.Instance, json),
        "create-auth-token" or "get-auth-token" or "update-auth-token" or "list-auth-tokens" => json => JsonRoundTrip.Through(AuthTokenJsonConverter.Instance, json),
        "create-api-key" or "get-api-key" or "update-api-key" or "list-api-keys" => json => JsonRoundTrip.Through(ApiKeyJsonConverter.Instance, json),
        "create-group" or "list-groups" or "get-group" or "update-group" => json => JsonRoundTrip.Through(GroupJsonConverter.Instance, json),
        "delete-group" or "kick-group-member" or "ban-group-user" or "unban-group-user" or "delete-role" or "allow-features" => json => JsonRoundTrip.Through(DeleteResultJsonConverter.Instance, json),
        "add-group-members" => json => JsonRoundTrip.Through(AddGroupMembersResultJsonConverter.Instance, json),
        "list-group-members" => json => JsonRoundTrip.Through(GroupMemberJsonConverter.Instance, json),
        "change-group-member-scope" => json => JsonRoundTrip.Through(GroupMemberScopeChangeJsonConverter.Instance, json),
        "list-banned-group-users" or "list-friends" or "list-blocked-users" => json => JsonRoundTrip.Through(UserJsonConverter.Instance, json),
        "add-friends" => json => JsonRoundTrip.Through(AddFriendsResultJsonConverter.Instance, json),
        "remove-friends" => json => JsonRoundTrip.Through(RemoveFriendsResultJsonConverter.Instance, json),
        "block-users" or "unblock-users" or "restrict-features" => json => JsonRoundTrip.Through(JsonConverters.Dictionary(OperationResultJsonConverter.Instance), json),
        "create-role" or "list-roles" or "get-role" or "update-role" => json => JsonRoundTrip.Through(RoleJsonConverter.Instance, json),
        "list-restricted-features" => json => JsonRoundTrip.Through(RestrictedFeatureJsonConverter.Instance, json),
        "list-role-permissions" or "list-scope-permissions" => json => JsonRoundTrip.Through(PermissionDefinitionJsonConverter.Instance, json),
        "set-role-permissions" or "unset-role-permission" or "set-scope-permissions" or "unset-scope-permission" => json => JsonRoundTrip.Through(PermissionSetJsonConverter.Instance, json),
        "get-usage-metrics" => json => JsonRoundTrip.Through(UsageStatsJsonConverter.Instance, json),
        "get-message-metrics" => json => JsonRoundTrip.Through(MessageMetricsJsonConverter.Instance, json),
        "list-calls" or "get-call" => json => JsonRoundTrip.Through(CallJsonConverter.Instance, json),
        "list-call-transcriptions" => json => JsonRoundTrip.Through(CallTranscriptionJsonConverter.Instance, json),
        "send-message" or "list-messages" or "get-message" or "update-message" or "delete-message" or "add-message-reaction" or "remove-message-reaction" or "send-thread-message" or "list-thread-messages" or "list-user-messages" or "list-group-messages" or "send-bot-message" => json => JsonRoundTrip.Through(MessageJsonConverter.Instance, json),
        "list-message-reactions" or "list-message-reactions-by-reaction" => json => JsonRoundTrip.Through(MessageReactionJsonConverter.Instance, json),
        "mark-message-interacted" or "pin-message" or "unpin-message" or "save-message" or "unsave-message" or "subscribe-thread" or "unsubscribe-thread" or "reset-user-conversation" or "mark-user-conversation-delivered" or "mark-user-conversation-read" or "mark-user-conversation-unread" or "pin-user-conversation" or "unpin-user-conversation" or "reset-group-conversation" or "mark-group-conversation-delivered" or "mark-group-conversation-read" or "mark-group-conversation-unread" or "pin-group-conversation" or "unpin-group-conversation" => json => JsonRoundTrip.Through(ActionResultJsonConverter.Instance, json),
        "list-conversations" or "get-conversation" or "get-user-conversation" or "update-user-conversation" or "get-group-conversation" or "update-group-conversation" or "list-pinned-conversations" or "replace-pinned-conversations" => json => JsonRoundTrip.Through(ConversationJsonConverter.Instance, json),
        "delete-conversation" => json => JsonRoundTrip.Through(DeleteResultJsonConverter.Instance, json),
        _ => null,
    };

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Every_200_example_round_trips_without_loss(string operationId)
    {
        var roundTrip = DataRoundTrip(operationId);
        if (roundTrip is null)
        {
            // Operations added after this table: the model is found from the spec, and the check is stricter.
            ExampleAssert.ReadsItsOwnExample(operationId);
            return;
        }

        var data = JsonNode.Parse(SpecExamples.All[operationId])!["data"]!;
        var items = data is JsonArray array ? array.ToList() : [data];
        Assert.NotEmpty(items);

        foreach (var item in items)
        {
            var original = item!.ToJsonString();
            JsonAssert.Equivalent(original, roundTrip(original));
        }
    }

    [Fact]
    public void Request_models_round_trip()
    {
        JsonAssert.Equal(
            """{"uid":"a","name":"A","avatar":"x","link":"y","role":"r","statusMessage":"s","metadata":{"k":[1,{"n":null}]},"tags":["t"],"withAuthToken":true,"extra":1}""",
            JsonRoundTrip.Through(CreateUserRequestJsonConverter.Instance, """{"uid":"a","name":"A","avatar":"x","link":"y","role":"r","statusMessage":"s","metadata":{"k":[1,{"n":null}]},"tags":["t"],"withAuthToken":true,"extra":1}"""));
        JsonAssert.Equal(
            """{"name":"n","unset":["avatar","statusMessage"]}""",
            JsonRoundTrip.Through(UpdateUserRequestJsonConverter.Instance, """{"name":"n","unset":["avatar","statusMessage"]}"""));
        JsonAssert.Equal("""{"permanent":false}""", JsonRoundTrip.Through(DeleteUserRequestJsonConverter.Instance, """{"permanent":false}"""));
        JsonAssert.Equal("""{"uidsToDeactivate":["a"]}""", JsonRoundTrip.Through(DeactivateUsersRequestJsonConverter.Instance, """{"uidsToDeactivate":["a"]}"""));
        JsonAssert.Equal("""{"uidsToActivate":[]}""", JsonRoundTrip.Through(ReactivateUsersRequestJsonConverter.Instance, """{"uidsToActivate":[]}"""));
        JsonAssert.Equal("""{"force":true}""", JsonRoundTrip.Through(CreateAuthTokenRequestJsonConverter.Instance, """{"force":true}"""));
        JsonAssert.Equal("""{"platform":"p","userAgent":"u","appInfo":{"v":1}}""", JsonRoundTrip.Through(UpdateAuthTokenRequestJsonConverter.Instance, """{"platform":"p","userAgent":"u","appInfo":{"v":1}}"""));
        JsonAssert.Equal("""{"name":"n","scope":"fullAccess"}""", JsonRoundTrip.Through(CreateApiKeyRequestJsonConverter.Instance, """{"name":"n","scope":"fullAccess"}"""));
        JsonAssert.Equal("""{"scope":"authOnly"}""", JsonRoundTrip.Through(UpdateApiKeyRequestJsonConverter.Instance, """{"scope":"authOnly"}"""));
    }

    [Fact]
    public void Unknown_members_land_in_AdditionalProperties_and_are_written_back()
    {
        const string json = """
            {"uid":"alice","name":"Alice","presence":{"device":"web","since":[1,2]},"score":1.5,"createdAt":1638354015,"nickname":null}
            """;

        var user = JsonRoundTrip.Read(UserJsonConverter.Instance, json);

        Assert.NotNull(user.AdditionalProperties);
        Assert.Equal(["nickname", "presence", "score"], user.AdditionalProperties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("web", user.AdditionalProperties["presence"].GetProperty("device").GetString());
        Assert.Equal(1.5, user.AdditionalProperties["score"].GetDouble());
        Assert.Equal(JsonValueKind.Null, user.AdditionalProperties["nickname"].ValueKind);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638354015), user.CreatedAt);

        JsonAssert.Equivalent(json, JsonRoundTrip.Write(UserJsonConverter.Instance, user));
    }

    [Fact]
    public void Unknown_members_survive_on_every_response_model()
    {
        JsonAssert.Equivalent("""{"success":true,"code":7}""", JsonRoundTrip.Through(DeleteResultJsonConverter.Instance, """{"success":true,"code":7}"""));
        JsonAssert.Equivalent("""{"uid":"a","authToken":"t","device":"x"}""", JsonRoundTrip.Through(AuthTokenJsonConverter.Instance, """{"uid":"a","authToken":"t","device":"x"}"""));
        JsonAssert.Equivalent("""{"apiKey":"k","name":"n","scope":"authOnly","owner":{"id":1}}""", JsonRoundTrip.Through(ApiKeyJsonConverter.Instance, """{"apiKey":"k","name":"n","scope":"authOnly","owner":{"id":1}}"""));
        JsonAssert.Equivalent("""{"deactivatedUids":[],"failed":["x"]}""", JsonRoundTrip.Through(DeactivateUsersResultJsonConverter.Instance, """{"deactivatedUids":[],"failed":["x"]}"""));
        JsonAssert.Equivalent("""{"nonDeactivatedUids":["a"],"n":1}""", JsonRoundTrip.Through(ReactivateUsersResultJsonConverter.Instance, """{"nonDeactivatedUids":["a"],"n":1}"""));
    }

    [Fact]
    public void Unknown_enum_values_round_trip()
    {
        var key = JsonRoundTrip.Read(ApiKeyJsonConverter.Instance, """{"apiKey":"k","name":"n","scope":"superAccess"}""");

        Assert.Equal(new ApiKeyScope("superAccess"), key.Scope);
        Assert.Equal("superAccess", key.Scope.Value);
        Assert.False(key.Scope.IsKnown);
        Assert.NotEqual(ApiKeyScope.AuthOnly, key.Scope);
        JsonAssert.Equal("""{"apiKey":"k","name":"n","scope":"superAccess"}""", JsonRoundTrip.Write(ApiKeyJsonConverter.Instance, key));

        var user = JsonRoundTrip.Read(UserJsonConverter.Instance, """{"uid":"a","name":"A","status":"busy"}""");
        Assert.Equal("busy", user.Status!.Value.Value);
        Assert.False(user.Status.Value.IsKnown);
        JsonAssert.Equal("""{"uid":"a","name":"A","status":"busy"}""", JsonRoundTrip.Write(UserJsonConverter.Instance, user));
    }

    [Fact]
    public void Enum_values_compare_by_value_and_know_their_members()
    {
        Assert.True(ApiKeyScope.AuthOnly.IsKnown);
        Assert.True(ApiKeyScope.FullAccess.IsKnown);
        Assert.True(new ApiKeyScope("fullAccess") == ApiKeyScope.FullAccess);
        Assert.False(new ApiKeyScope("FullAccess") == ApiKeyScope.FullAccess);
        ApiKeyScope implicitScope = "authOnly";
        Assert.Equal(ApiKeyScope.AuthOnly, implicitScope);
        Assert.Equal("authOnly", ApiKeyScope.AuthOnly.ToString());
        Assert.Equal(ApiKeyScope.AuthOnly.GetHashCode(), new ApiKeyScope("authOnly").GetHashCode());
        Assert.Equal(string.Empty, default(ApiKeyScope).Value);
        Assert.False(default(ApiKeyScope).IsKnown);
        Assert.Throws<ArgumentNullException>(() => new ApiKeyScope(null!));

        Assert.True(UserStatus.Available.IsKnown);
        Assert.Equal("offline", UserStatus.Offline.Value);
        Assert.Equal(["name", "uid"], new[] { UserSearchField.Name, UserSearchField.Uid }.Select(f => f.Value));
        Assert.Equal(["avatar", "link", "metadata"], new[] { UserUnsetField.Avatar, UserUnsetField.Link, UserUnsetField.Metadata }.Select(f => f.Value));
    }

    [Theory]
    [InlineData("""{"name":"Alice"}""", "The JSON for User lacks a value for the required property 'uid'.")]
    [InlineData("""{"uid":"alice"}""", "The JSON for User lacks a value for the required property 'name'.")]
    [InlineData("""{"uid":null,"name":"Alice"}""", "'uid'")]
    public void Missing_required_user_members_throw_JsonException(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonRoundTrip.Read(UserJsonConverter.Instance, json));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_members_of_other_models_are_named()
    {
        Assert.Equal("The JSON for ApiKey lacks a value for the required property 'scope'.", Assert.Throws<JsonException>(() => JsonRoundTrip.Read(ApiKeyJsonConverter.Instance, """{"apiKey":"k","name":"n"}""")).Message);
        Assert.Equal("The JSON for AuthToken lacks a value for the required property 'authToken'.", Assert.Throws<JsonException>(() => JsonRoundTrip.Read(AuthTokenJsonConverter.Instance, """{"uid":"a"}""")).Message);
        Assert.Equal("The JSON for DeleteResult lacks a value for the required property 'success'.", Assert.Throws<JsonException>(() => JsonRoundTrip.Read(DeleteResultJsonConverter.Instance, """{"message":"m"}""")).Message);
        Assert.Equal("The JSON for DeactivateUsersRequest lacks a value for the required property 'uidsToDeactivate'.", Assert.Throws<JsonException>(() => JsonRoundTrip.Read(DeactivateUsersRequestJsonConverter.Instance, "{}")).Message);
        Assert.Equal("The JSON for CreateApiKeyRequest lacks a value for the required property 'name'.", Assert.Throws<JsonException>(() => JsonRoundTrip.Read(CreateApiKeyRequestJsonConverter.Instance, """{"scope":"authOnly"}""")).Message);
    }

    [Fact]
    public void Scalars_are_read_leniently()
    {
        var user = JsonRoundTrip.Read(
            UserJsonConverter.Instance,
            """{"uid":42,"name":"A","createdAt":"1638354015","blockedByMe":"true","hasBlockedMe":0,"updatedAt":1638354015123,"lastActiveAt":"1638354015123","statusMessage":true}""");

        Assert.Equal("42", user.Uid);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1638354015), user.CreatedAt);
        Assert.True(user.BlockedByMe);
        Assert.False(user.HasBlockedMe);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1638354015123), user.UpdatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1638354015123), user.LastActiveAt);
        Assert.Equal("true", user.StatusMessage);

        Assert.True(JsonRoundTrip.Read(DeleteResultJsonConverter.Instance, """{"success":"true"}""").Success);
        Assert.False(JsonRoundTrip.Read(DeleteResultJsonConverter.Instance, """{"success":"false"}""").Success);
        Assert.True(JsonRoundTrip.Read(DeleteResultJsonConverter.Instance, """{"success":1}""").Success);
    }

    [Fact]
    public void Timestamps_above_10_to_the_11_are_milliseconds()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(100_000_000_000), JsonRoundTrip.Read(JsonConverters.UnixTime, "100000000000"));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(100_000_000_001), JsonRoundTrip.Read(JsonConverters.UnixTime, "100000000001"));
        Assert.Equal(DateTimeOffset.UnixEpoch, JsonRoundTrip.Read(JsonConverters.UnixTime, "0"));
    }

    [Fact]
    public void Timestamps_are_written_as_unix_seconds()
    {
        var written = JsonRoundTrip.Write(UserJsonConverter.Instance, new User
        {
            Uid = "a",
            Name = "A",
            CreatedAt = new DateTimeOffset(2021, 12, 1, 11, 20, 15, 999, TimeSpan.FromHours(1)),
        });

        Assert.Equal("""{"uid":"a","name":"A","createdAt":1638354015}""", written);
    }

    [Theory]
    [InlineData("1.5", "an integer")]
    [InlineData("\"12abc\"", "an integer")]
    [InlineData("\" 12\"", "an integer")]
    [InlineData("true", "an integer")]
    [InlineData("null", "an integer")]
    [InlineData("{}", "an integer")]
    public void Non_integers_are_rejected(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.Int64, json));

        Assert.StartsWith($"Expected {expected} but found ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"yes\"")]
    [InlineData("\"True\"")]
    [InlineData("null")]
    public void Non_booleans_are_rejected(string json)
    {
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.Boolean, json));
    }

    [Fact]
    public void Integers_out_of_range_are_JsonExceptions()
    {
        Assert.Equal(int.MaxValue, JsonRoundTrip.Read(JsonConverters.Int32, "2147483647"));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.Int32, "2147483648"));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.Int32, "\"-2147483649\""));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.Int64, "9223372036854775808"));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.UnixTime, "99999999999999999"));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.UnixTime, "-99999999999"));
    }

    [Fact]
    public void Scalar_converters_read_and_write()
    {
        Assert.Equal("1.50", JsonRoundTrip.Read(JsonConverters.String, "1.50"));
        Assert.Equal("false", JsonRoundTrip.Read(JsonConverters.String, "false"));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.String, "null"));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.String, "[]"));
        Assert.Equal(0, JsonRoundTrip.Read(JsonConverters.Int32, "\"0\""));
        Assert.Equal(-7L, JsonRoundTrip.Read(JsonConverters.Int64, "\"-7\""));
        Assert.Equal(1.5, JsonRoundTrip.Read(JsonConverters.Double, "\"1.5\""));
        Assert.Equal(2.0, JsonRoundTrip.Read(JsonConverters.Double, "2"));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.Double, "\"x\""));

        Assert.Equal("\"x\"", JsonRoundTrip.Write(JsonConverters.String, "x"));
        Assert.Equal("5", JsonRoundTrip.Write(JsonConverters.Int32, 5));
        Assert.Equal("1.5", JsonRoundTrip.Write(JsonConverters.Double, 1.5));
        Assert.Equal("true", JsonRoundTrip.Write(JsonConverters.Boolean, true));
        Assert.Equal("0", JsonRoundTrip.Write(JsonConverters.UnixTime, DateTimeOffset.UnixEpoch));

        var obj = JsonRoundTrip.Read(JsonConverters.Object, """{"a":[1,"b",null]}""");
        Assert.Equal("""{"a":[1,"b",null]}""", JsonRoundTrip.Write(JsonConverters.Object, obj));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(JsonConverters.Object, "[1]"));
        Assert.Equal("[1,{}]", JsonRoundTrip.Write(JsonConverters.Node, JsonRoundTrip.Read(JsonConverters.Node, "[1,{}]")));
    }

    [Fact]
    public void List_converter_reads_and_writes_every_item()
    {
        var ints = JsonConverters.List(JsonConverters.Int32);
        var list = JsonRoundTrip.Read(ints, """[1,"2",3]""");

        Assert.Equal([1, 2, 3], list);
        Assert.Equal("[1,2,3]", JsonRoundTrip.Write(ints, list));
        Assert.Empty(JsonRoundTrip.Read(ints, "[]"));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(ints, "{}"));

        var strings = JsonConverters.List(JsonConverters.String);
        Assert.Equal("""["a",null]""", JsonRoundTrip.Write(strings, new List<string>(["a", null!])));

        var users = JsonConverters.List(UserJsonConverter.Instance);
        var read = JsonRoundTrip.Read(users, """[{"uid":"a","name":"A"},{"uid":"b","name":"B","x":1}]""");
        Assert.Equal(["a", "b"], read.Select(u => u.Uid));
        Assert.Equal("""[{"uid":"a","name":"A"},{"uid":"b","name":"B","x":1}]""", JsonRoundTrip.Write(users, read));
    }

    [Fact]
    public void Dictionary_converter_reads_and_writes_every_value()
    {
        var bools = JsonConverters.Dictionary(JsonConverters.Boolean);
        var dictionary = JsonRoundTrip.Read(bools, """{"a":true,"b":"false","c":1}""");

        Assert.Equal(3, dictionary.Count);
        Assert.True(dictionary["a"]);
        Assert.False(dictionary["b"]);
        Assert.True(dictionary["c"]);
        Assert.Equal("""{"a":true,"b":false,"c":true}""", JsonRoundTrip.Write(bools, dictionary));
        Assert.Throws<JsonException>(() => JsonRoundTrip.Read(bools, "[]"));

        var nested = JsonConverters.Dictionary(JsonConverters.List(JsonConverters.String));
        var groups = JsonRoundTrip.Read(nested, """{"x":["1","2"],"y":[]}""");
        Assert.Equal(["1", "2"], groups["x"]);
        Assert.Equal("""{"x":["1","2"],"y":[]}""", JsonRoundTrip.Write(nested, groups));
    }

    [Fact]
    public void JsonSerializer_works_with_the_generated_resolver()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = CometChatJsonTypeInfoResolver.Instance };
        var user = new User
        {
            Uid = "alice",
            Name = "Alice",
            Status = UserStatus.Available,
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(1638354015),
            Tags = ["a"],
            Metadata = new JsonObject { ["k"] = "v" },
        };

        var json = JsonSerializer.Serialize(user, options);

        Assert.Equal("""{"uid":"alice","name":"Alice","metadata":{"k":"v"},"status":"available","createdAt":1638354015,"tags":["a"]}""", json);
        var back = JsonSerializer.Deserialize<User>(json, options)!;
        Assert.Equal("alice", back.Uid);
        Assert.Equal(UserStatus.Available, back.Status);
        Assert.Equal(user.CreatedAt, back.CreatedAt);

        Assert.Equal("\"authOnly\"", JsonSerializer.Serialize(ApiKeyScope.AuthOnly, options));
        Assert.Equal(ApiKeyScope.FullAccess, JsonSerializer.Deserialize<ApiKeyScope>("\"fullAccess\"", options));
        Assert.Null(CometChatJsonTypeInfoResolver.Instance.GetTypeInfo(typeof(string), options));
    }

    /// <summary>Schemas that become a model or enum: not envelopes, runtime types or aliases of lists.</summary>
    private static int ModelSchemaCount() =>
        JsonNode.Parse(System.IO.File.ReadAllText(CometChat.Rest.Testing.RepositoryPaths.SpecFile))!["components"]!["schemas"]!.AsObject()
            .Select(schema => schema.Value!.AsObject())
            .Count(schema => schema["x-cometchat-envelope"] is null && schema["x-cometchat-runtime-type"] is null
                && (schema["properties"] is not null || schema["enum"] is not null || schema["allOf"] is not null));

    [Fact]
    public void Resolver_covers_every_model_and_combines_with_others()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(CometChatJsonTypeInfoResolver.Instance, new DefaultJsonTypeInfoResolver()),
        };

        var users = JsonSerializer.Deserialize<List<User>>(JsonNode.Parse(SpecExamples.ListUsers)!["data"]!.ToJsonString(), options)!;
        Assert.Equal(3, users.Count);

        var modelTypes = typeof(User).Assembly.GetTypes()
            .Where(t => t.Namespace == "CometChat.Rest.Models" && t.IsPublic)
            .ToList();
        Assert.Equal(ModelSchemaCount(), modelTypes.Count);
        foreach (var type in modelTypes)
        {
            Assert.NotNull(CometChatJsonTypeInfoResolver.Instance.GetTypeInfo(type, options));
        }
    }

    [Fact]
    public void JsonSerializer_without_a_resolver_uses_the_JsonConverter_attribute()
    {
        var key = JsonSerializer.Deserialize<ApiKey>("""{"apiKey":"k","name":"n","scope":"authOnly","createdAt":"1625206799"}""")!;

        Assert.Equal("k", key.Key);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1625206799), key.CreatedAt);
        Assert.Equal("""{"apiKey":"k","name":"n","scope":"authOnly","createdAt":1625206799}""", JsonSerializer.Serialize(key));
    }

    [Fact]
    public void Reading_stops_at_the_end_of_the_object()
    {
        var bytes = """[{"uid":"a","name":"A","n":{"deep":[1]}},{"uid":"b","name":"B"}]"""u8.ToArray();
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        reader.Read();

        var first = UserJsonConverter.Instance.Read(ref reader, typeof(User), CometChatTransport.SerializerOptions);

        Assert.Equal("a", first.Uid);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        reader.Read();
        Assert.Equal("b", UserJsonConverter.Instance.Read(ref reader, typeof(User), CometChatTransport.SerializerOptions).Uid);
    }
}
