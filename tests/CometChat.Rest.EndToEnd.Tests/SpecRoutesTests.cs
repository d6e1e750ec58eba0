using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CometChat.Rest.Testing;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>
/// Every operation of the spec is served: none answers ERR_API_NOT_FOUND (no route), nor a 500 for placeholder
/// input. An operation may refuse the placeholders with its own error; it must be there to refuse them.
/// </summary>
public sealed class SpecRoutesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public SpecRoutesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Every_operation_of_the_spec_is_routed()
    {
        var operations = new List<(string Method, string Path)>();
        using (var spec = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SpecFile)))
        {
            foreach (var path in spec.RootElement.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject())
                {
                    if (operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
                    {
                        operations.Add((operation.Name.ToUpperInvariant(), path.Name));
                    }
                }
            }
        }

        // The 233 published operations and the 12 documented sub-resources (spec/README.md).
        Assert.Equal(245, operations.Count);
        var unrouted = new List<string>();
        foreach (var (method, path) in operations)
        {
            var concrete = Regex.Replace(path.TrimStart('/'), @"\{([^{}]+)\}", match => Placeholder(match.Groups[1].Value));
            // Notification operations name their user in the query.
            concrete += concrete.Contains('?', System.StringComparison.Ordinal) ? "&uid=nobody" : "?uid=nobody";
            using var request = new HttpRequestMessage(new HttpMethod(method), concrete);
            request.Headers.Add("apikey", _fixture.Emulator.RestApiKey);
            request.Headers.Add("onBehalfOf", "nobody");
            if (method is "POST" or "PUT" or "PATCH" or "DELETE")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await _fixture.Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            using var body = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            if (body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.GetProperty("code").GetString() is CometChatErrorCodes.ApiNotFound or CometChatErrorCodes.Exception)
            {
                unrouted.Add($"{method} {path}: {(int)response.StatusCode} {error.GetProperty("code").GetString()}");
            }
        }

        Assert.Empty(unrouted);
    }

    // Values of the right shape for each path parameter, so a route with a constraint still matches.
    private static string Placeholder(string name) => name switch
    {
        "id" or "messageId" or "keywordId" or "ruleId" or "variableId" => "1",
        "sourceType" => "text",
        "slug" => "gmail",
        "conversationId" => "group_nogroup",
        "scope" => "participant",
        "reaction" => "x",
        "uniqueId" or "parentUniqueId" => "00000000-0000-4000-8000-000000000000",
        _ => "nobody",
    };
}
