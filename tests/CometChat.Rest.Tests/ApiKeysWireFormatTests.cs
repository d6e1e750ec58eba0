using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What each ApiKeys operation sends, and how it reads the spec's 200 example.</summary>
public sealed class ApiKeysWireFormatTests
{
    private const string Base = TestClient.BaseUrl;
    private const string Key = "f1915e328e249ffaaafd97fb46a57ba55d233fbf";

    private static void AssertExampleKey(ApiKey key)
    {
        Assert.Equal(Key, key.Key);
        Assert.Equal("John's apiKey", key.Name);
        Assert.Equal(ApiKeyScope.AuthOnly, key.Scope);
        Assert.True(key.Scope.IsKnown);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1625206799), key.CreatedAt);
    }

    [Fact]
    public async Task Create_posts_name_and_scope()
    {
        using var client = TestClient.Create(SpecExamples.CreateApiKey, out var handler);

        var key = await client.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "John's apiKey", Scope = ApiKeyScope.AuthOnly });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "apikeys", """{"name":"John's apiKey","scope":"authOnly"}""");
        AssertExampleKey(key);
    }

    [Fact]
    public async Task List_sends_every_option_and_reads_the_page()
    {
        using var client = TestClient.Create(SpecExamples.ListApiKeys, out var handler);

        var page = await client.ApiKeys.ListAsync(new ListApiKeysOptions
        {
            Scope = ApiKeyScope.FullAccess,
            SearchKey = "Rest API",
            Page = 1,
            PerPage = 5,
        });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "apikeys?scope=fullAccess&searchKey=Rest%20API&perPage=5&page=1");
        Assert.Equal(
            ["fcf32d085482db7ef10e971967d70a91cdb6677a", "0f40b2c254f33d429b1fca5e0eb1cef72c594ddc", "495318bc2e137fb2decf17078abd169a7bd50c8b"],
            page.Items.Select(k => k.Key));
        Assert.Equal([ApiKeyScope.AuthOnly, ApiKeyScope.AuthOnly, ApiKeyScope.FullAccess], page.Items.Select(k => k.Scope));
        Assert.Equal(["John's apiKey", "Auth Key", "Rest API Key"], page.Items.Select(k => k.Name));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1629869272), page.Items[2].CreatedAt);
        Assert.Equal(3, page.Pagination!.Count);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task List_without_options_sends_no_query()
    {
        using var client = TestClient.Create(SpecExamples.ListApiKeys, out var handler);

        await client.ApiKeys.ListAsync();

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "apikeys");
    }

    [Fact]
    public async Task Get_puts_the_key_in_the_path()
    {
        using var client = TestClient.Create(SpecExamples.GetApiKey, out var handler);

        var key = await client.ApiKeys.GetAsync(Key);

        WireAssert.Request(handler.SingleRequest, HttpMethod.Get, Base + "apikeys/" + Key);
        AssertExampleKey(key);
    }

    [Fact]
    public async Task Get_escapes_the_key()
    {
        using var client = TestClient.Create(SpecExamples.GetApiKey, out var handler);

        await client.ApiKeys.GetAsync("../users");

        Assert.Equal(Base + "apikeys/..%2Fusers", handler.SingleRequest.Url);
    }

    [Fact]
    public async Task Update_puts_name_and_scope()
    {
        using var client = TestClient.Create(SpecExamples.UpdateApiKey, out var handler);

        var key = await client.ApiKeys.UpdateAsync(Key, new UpdateApiKeyRequest { Name = "Renamed", Scope = ApiKeyScope.FullAccess });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "apikeys/" + Key, """{"name":"Renamed","scope":"fullAccess"}""");
        AssertExampleKey(key);
    }

    [Fact]
    public async Task Update_omits_a_null_scope()
    {
        using var client = TestClient.Create(SpecExamples.UpdateApiKey, out var handler);

        await client.ApiKeys.UpdateAsync(Key, new UpdateApiKeyRequest { Name = "Renamed" });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Put, Base + "apikeys/" + Key, """{"name":"Renamed"}""");
    }

    [Fact]
    public async Task Delete_deletes_the_key()
    {
        using var client = TestClient.Create(SpecExamples.DeleteApiKey, out var handler);

        var result = await client.ApiKeys.DeleteAsync(Key);

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "apikeys/" + Key);
        Assert.True(result.Success);
        Assert.Equal("The Api Key fcf32d085482db7ef10e971967d70a91cdb6677a has been deleted successfully.", result.Message);
    }
}
