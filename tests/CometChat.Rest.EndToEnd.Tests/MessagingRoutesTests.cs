using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CometChat.Rest.Testing;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Every Messages and Conversations operation of the spec is served: none answers ERR_API_NOT_FOUND, nor a 500 for odd input.</summary>
public sealed class MessagingRoutesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public MessagingRoutesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Every_messages_and_conversations_operation_is_routed()
    {
        var operations = new List<(string Method, string Path)>();
        using (var spec = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SpecFile)))
        {
            foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject())
                {
                    if (operation.Value.ValueKind == JsonValueKind.Object
                        && operation.Value.TryGetProperty("tags", out var tags)
                        && tags[0].GetString() is "Messages" or "Conversations")
                    {
                        operations.Add((operation.Name.ToUpperInvariant(), path.Name));
                    }
                }
            }
        }

        Assert.Equal(42, operations.Count);
        var unrouted = new List<string>();
        foreach (var (method, path) in operations)
        {
            // Placeholder values: the operation may refuse them, but it must be there to refuse them.
            var concrete = path.TrimStart('/')
                .Replace("{id}", "1", System.StringComparison.Ordinal)
                .Replace("{uid}", "nobody", System.StringComparison.Ordinal)
                .Replace("{guid}", "nogroup", System.StringComparison.Ordinal)
                .Replace("{reaction}", "x", System.StringComparison.Ordinal)
                .Replace("{conversationId}", "group_nogroup", System.StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(method), concrete);
            request.Headers.Add("apikey", _fixture.Emulator.RestApiKey);
            request.Headers.Add("onBehalfOf", "nobody");
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await _fixture.Http.SendAsync(request);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (body.RootElement.TryGetProperty("error", out var error)
                && error.GetProperty("code").GetString() is CometChatErrorCodes.ApiNotFound or CometChatErrorCodes.Exception)
            {
                unrouted.Add($"{method} {path}: {(int)response.StatusCode} {error.GetProperty("code").GetString()}");
            }
        }

        Assert.Empty(unrouted);
    }
}
