using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What each AuthTokens operation sends, and how it reads the spec's 200 example.</summary>
public sealed class AuthTokensWireFormatTests
{
    private const string Base = TestClient.BaseUrl;
    private const string Token = "cometchat-uid-1_1630306819c3027ce530b2367f3c97b4106f0cb8";

    private static void AssertExampleToken(AuthToken token)
    {
        Assert.Equal("cometchat-uid-1", token.Uid);
        Assert.Equal(Token, token.Token);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1630306819), token.CreatedAt);
        Assert.Null(token.Platform);
        Assert.Null(token.UserAgent);
        Assert.Null(token.AppInfo);
    }

    [Fact]
    public async Task Create_without_a_request_posts_no_body()
    {
        using var client = TestClient.Create(SpecExamples.CreateAuthToken, out var handler);

        var token = await client.AuthTokens.CreateAsync("cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "users/cometchat-uid-1/auth_tokens");
        AssertExampleToken(token);
    }

    [Fact]
    public async Task Create_with_force_posts_the_body()
    {
        using var client = TestClient.Create(SpecExamples.CreateAuthToken, out var handler);

        await client.AuthTokens.CreateAsync("cometchat-uid-1", new CreateAuthTokenRequest { Force = true });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "users/cometchat-uid-1/auth_tokens", """{"force":true}""");
    }

    [Fact]
    public async Task List_sends_perPage_and_page_and_reads_the_page()
    {
        using var client = TestClient.Create(SpecExamples.ListAuthTokens, out var handler);

        var page = await client.AuthTokens.ListAsync("cometchat-uid-1", new ListAuthTokensOptions { PerPage = 10, Page = 3 });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users/cometchat-uid-1/auth_tokens?perPage=10&page=3");
        AssertExampleToken(Assert.Single(page.Items));
        Assert.Equal(1, page.Pagination!.Total);
        Assert.Equal(1, page.Pagination.TotalPages);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task List_without_options_sends_no_query()
    {
        using var client = TestClient.Create(SpecExamples.ListAuthTokens, out var handler);

        await client.AuthTokens.ListAsync("cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users/cometchat-uid-1/auth_tokens");
    }

    [Fact]
    public async Task Flush_deletes_all_tokens()
    {
        using var client = TestClient.Create(SpecExamples.FlushAuthTokens, out var handler);

        var result = await client.AuthTokens.FlushAsync("cometchat-uid-1");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "users/cometchat-uid-1/auth_tokens");
        Assert.True(result.Success);
        Assert.Equal("Cleared Auth Tokens successfully for uid cometchat-uid-1.", result.Message);
    }

    [Fact]
    public async Task Get_puts_the_token_in_the_path()
    {
        using var client = TestClient.Create(SpecExamples.GetAuthToken, out var handler);

        var token = await client.AuthTokens.GetAsync("cometchat-uid-1", Token);

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "users/cometchat-uid-1/auth_tokens/" + Token);
        AssertExampleToken(token);
    }

    [Fact]
    public async Task Get_escapes_reserved_characters_in_the_token()
    {
        using var client = TestClient.Create(SpecExamples.GetAuthToken, out var handler);

        await client.AuthTokens.GetAsync("cometchat-uid-1", "a b/c?d#e+f%g");

        Assert.Equal(Base + "users/cometchat-uid-1/auth_tokens/a%20b%2Fc%3Fd%23e%2Bf%25g", handler.SingleRequest.Url);
    }

    [Fact]
    public async Task Update_puts_the_device_details()
    {
        using var client = TestClient.Create(SpecExamples.UpdateAuthToken, out var handler);

        var token = await client.AuthTokens.UpdateAsync("cometchat-uid-1", Token, new UpdateAuthTokenRequest
        {
            Platform = "ios",
            UserAgent = "MyApp/1.0",
            AppInfo = new JsonObject { ["version"] = "1.2.3", ["build"] = 45 },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Put,
            Base + "users/cometchat-uid-1/auth_tokens/" + Token,
            """{"platform":"ios","userAgent":"MyApp/1.0","appInfo":{"version":"1.2.3","build":45}}""");
        AssertExampleToken(token);
    }

    [Fact]
    public async Task Update_omits_null_members()
    {
        using var client = TestClient.Create(SpecExamples.UpdateAuthToken, out var handler);

        await client.AuthTokens.UpdateAsync("cometchat-uid-1", Token, new UpdateAuthTokenRequest { Platform = "android" });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "users/cometchat-uid-1/auth_tokens/" + Token, """{"platform":"android"}""");
    }

    [Fact]
    public async Task Delete_deletes_one_token()
    {
        using var client = TestClient.Create(SpecExamples.DeleteAuthToken, out var handler);

        var result = await client.AuthTokens.DeleteAsync("cometchat-uid-1", Token);

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "users/cometchat-uid-1/auth_tokens/" + Token);
        Assert.True(result.Success);
        Assert.Equal("User with cometchat-uid-6 has been deleted successfully.", result.Message);
    }
}
