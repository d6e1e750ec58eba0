using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>What the typed client cannot send or does not show: raw requests and the exact JSON that comes back.</summary>
public sealed class RawHttpTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public RawHttpTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path, string? json = null, string? apiKey = "")
    {
        using var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("apikey", apiKey.Length == 0 ? _fixture.Emulator.RestApiKey : apiKey);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await _fixture.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        return (response, document.RootElement.Clone());
    }

    private static void AssertError(JsonElement body, string code, HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var error = body.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request_with_a_json_body()
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "users", "{\"uid\": \"abc\", \"name\": ");

        AssertError(body, "ERR_BAD_REQUEST", response, HttpStatusCode.BadRequest);
        Assert.Contains("not valid JSON", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"uid\": \"a\", \"name\": \"b\"} {}", "not valid JSON")]
    [InlineData("{\"uid\": \"a\", \"name\": \"b\",}", "not valid JSON")]
    public async Task Bodies_that_are_not_one_json_object_are_bad_requests(string json, string expected)
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "users", json);

        AssertError(body, "ERR_BAD_REQUEST", response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_reported_for_its_field()
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "users", $"{{\"uid\": \"{TestData.NewUid()}\", \"name\": \"N\", \"tags\": \"solo\"}}");

        AssertError(body, "ERR_BAD_REQUEST", response, HttpStatusCode.BadRequest);
        var messages = body.GetProperty("error").GetProperty("details").GetProperty("tags");
        Assert.Contains("array", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_invalid_fields_are_listed_in_details()
    {
        var (missingResponse, missing) = await SendAsync(HttpMethod.Post, "users", "{}");
        var (invalidResponse, invalid) = await SendAsync(HttpMethod.Post, "users", "{\"uid\": \"has space\", \"name\": \"N\"}");
        var (emptyResponse, empty) = await SendAsync(HttpMethod.Delete, "users", null);

        AssertError(missing, "ERR_BAD_REQUEST", missingResponse, HttpStatusCode.BadRequest);
        var details = missing.GetProperty("error").GetProperty("details");
        Assert.Equal("The uid field is required.", details.GetProperty("uid")[0].GetString());
        Assert.Equal("The name field is required.", details.GetProperty("name")[0].GetString());
        Assert.Equal("Failed to validate the data sent with the request.", missing.GetProperty("error").GetProperty("message").GetString());

        AssertError(invalid, "ERR_BAD_REQUEST", invalidResponse, HttpStatusCode.BadRequest);
        Assert.Contains("space", invalid.GetProperty("error").GetProperty("details").GetProperty("uid")[0].GetString(), StringComparison.Ordinal);

        AssertError(empty, "ERR_BAD_REQUEST", emptyResponse, HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("error").GetProperty("details").TryGetProperty("uidsToDeactivate", out _));
    }

    [Theory]
    [InlineData("name", "\"name\": \"NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN\"")]
    [InlineData("role", "\"name\": \"N\", \"role\": \"not a role\"")]
    [InlineData("tags", "\"name\": \"N\", \"tags\": [\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\",\"12\",\"13\",\"14\",\"15\",\"16\",\"17\",\"18\",\"19\",\"20\",\"21\",\"22\",\"23\",\"24\",\"25\",\"26\"]")]
    [InlineData("withAuthToken", "\"name\": \"N\", \"withAuthToken\": \"yes\"")]
    [InlineData("metadata", "\"name\": \"N\", \"metadata\": [1]")]
    public async Task Values_breaking_CometChats_limits_are_reported_for_their_field(string field, string members)
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "users", $"{{\"uid\": \"{TestData.NewUid()}\", {members}}}");

        AssertError(body, "ERR_BAD_REQUEST", response, HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("error").GetProperty("details").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("groups", "guid", "{\"guid\": \"has space\", \"name\": \"G\", \"type\": \"public\"}")]
    [InlineData("groups", "type", "{\"guid\": \"g-raw\", \"name\": \"G\", \"type\": 5}")]
    [InlineData("groups", "description", "{\"guid\": \"g-raw\", \"name\": \"G\", \"type\": \"public\", \"description\": \"DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD\"}")]
    [InlineData("groups", "members.participants", "{\"guid\": \"g-raw\", \"name\": \"G\", \"type\": \"public\", \"members\": {\"participants\": [\"bad uid\"]}}")]
    [InlineData("roles", "role", "{\"role\": \"bad role!\", \"name\": \"R\"}")]
    [InlineData("roles", "name", "{\"role\": \"r-raw\"}")]
    [InlineData("users/nobody/friends", "accepted", "{\"accepted\": \"nobody-else\"}")]
    [InlineData("users/nobody/blockedusers", "blockedUids", "{}")]
    public async Task Bad_bodies_for_other_resources_are_reported_for_their_field(string path, string field, string body)
    {
        var (response, json) = await SendAsync(HttpMethod.Post, path, body);

        AssertError(json, "ERR_BAD_REQUEST", response, HttpStatusCode.BadRequest);
        Assert.True(json.GetProperty("error").GetProperty("details").TryGetProperty(field, out _), json.ToString());
    }

    [Fact]
    public async Task A_missing_apikey_header_is_AuthEmptyApikey()
    {
        var (response, body) = await SendAsync(HttpMethod.Get, "users", apiKey: null);

        AssertError(body, "AUTH_ERR_EMPTY_APIKEY", response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("GET", "nothing-here")]
    [InlineData("GET", "users/abc/no-such-resource")]
    [InlineData("PATCH", "users")]
    [InlineData("POST", "apikeys/abc")]
    public async Task An_unknown_route_or_method_is_ApiNotFound(string method, string path)
    {
        var (response, body) = await SendAsync(new HttpMethod(method), path);

        AssertError(body, "ERR_API_NOT_FOUND", response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_upper_case_uid_is_stored_lower_case_and_found_in_any_case()
    {
        var uid = "UPPER-" + Guid.NewGuid().ToString("N").ToUpperInvariant();

        var (created, createdBody) = await SendAsync(HttpMethod.Post, "users", $"{{\"uid\": \"{uid}\", \"name\": \"Upper\"}}");
        var (_, fetched) = await SendAsync(HttpMethod.Get, "users/" + uid);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(uid.ToLowerInvariant(), createdBody.GetProperty("data").GetProperty("uid").GetString());
        Assert.Equal(uid.ToLowerInvariant(), fetched.GetProperty("data").GetProperty("uid").GetString());
    }

    [Fact]
    public async Task Responses_carry_rate_limit_headers()
    {
        var (first, _) = await SendAsync(HttpMethod.Get, "users?perPage=1");
        var (second, _) = await SendAsync(HttpMethod.Get, "users/" + TestData.NewUid());
        var (unauthorized, _) = await SendAsync(HttpMethod.Get, "users", apiKey: null);

        var (core, _) = await SendAsync(HttpMethod.Post, "users", $"{{\"uid\": \"{TestData.NewUid()}\", \"name\": \"Core\"}}");

        // Reads are standard operations (20,000 a minute); creating a user is a core one (10,000).
        foreach (var response in new[] { first, second, unauthorized })
        {
            Assert.Equal("20000", Assert.Single(response.Headers.GetValues("X-Rate-Limit")));
            var remaining = int.Parse(Assert.Single(response.Headers.GetValues("X-Rate-Limit-Remaining")), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(remaining, 0, 19999);
        }

        Assert.Equal("10000", Assert.Single(core.Headers.GetValues("X-Rate-Limit")));
    }

    [Fact]
    public async Task List_responses_have_CometChats_exact_shape()
    {
        var tag = TestData.NewTag();
        await SendAsync(HttpMethod.Post, "users", $"{{\"uid\": \"{TestData.NewUid()}\", \"name\": \"Shape\", \"tags\": [\"{tag}\"]}}");

        var (response, body) = await SendAsync(HttpMethod.Get, $"users?tags={tag}&withTags=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["data", "meta"], body.EnumerateObject().Select(p => p.Name));
        var user = Assert.Single(body.GetProperty("data").EnumerateArray().ToList());
        Assert.Equal("offline", user.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Number, user.GetProperty("createdAt").ValueKind);
        Assert.Equal(tag, user.GetProperty("tags")[0].GetString());
        var pagination = body.GetProperty("meta").GetProperty("pagination");
        Assert.Equal(["total", "count", "per_page", "current_page", "total_pages"], pagination.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, pagination.GetProperty("total").GetInt32());
        Assert.Equal(100, pagination.GetProperty("per_page").GetInt32());
    }

    [Theory]
    [InlineData("users?perPage=0", "perPage")]
    [InlineData("users?perPage=1001", "perPage")]
    [InlineData("users?perPage=ten", "perPage")]
    [InlineData("users?page=0", "page")]
    [InlineData("users?withTags=maybe", "withTags")]
    [InlineData("users?status=busy", "status")]
    [InlineData("users?searchIn=email", "searchIn")]
    [InlineData("apikeys?scope=everything", "scope")]
    [InlineData("groups?types=secret", "types")]
    [InlineData("groups?sortBy=size", "sortBy")]
    [InlineData("groups?hasJoined=true", "hasJoined")]
    [InlineData("calls?status=lost", "status")]
    [InlineData("calls?hasRecording=perhaps", "hasRecording")]
    [InlineData("stats?fromDate=1", "toDate")]
    [InlineData("stats?fromDate=soon&toDate=2", "fromDate")]
    public async Task Bad_query_parameters_are_reported_for_their_field(string path, string field)
    {
        var (response, body) = await SendAsync(HttpMethod.Get, path);

        AssertError(body, "ERR_BAD_REQUEST", response, HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("error").GetProperty("details").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Creating_an_api_key_without_a_scope_gives_authOnly()
    {
        var (response, body) = await SendAsync(HttpMethod.Post, "apikeys", "{\"name\": \"default scope\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var key = body.GetProperty("data");
        Assert.Equal("authOnly", key.GetProperty("scope").GetString());
        await SendAsync(HttpMethod.Delete, "apikeys/" + key.GetProperty("apiKey").GetString());
    }

    [Fact]
    public async Task Deletes_return_success_inside_data()
    {
        var uid = TestData.NewUid();
        await SendAsync(HttpMethod.Post, "users", $"{{\"uid\": \"{uid}\", \"name\": \"Bye\"}}");

        var (response, body) = await SendAsync(HttpMethod.Delete, "users/" + uid, "{\"permanent\": true}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("data").GetProperty("success").GetBoolean());
        Assert.Equal($"User with {uid} has been deleted successfully.", body.GetProperty("data").GetProperty("message").GetString());
    }
}
