using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CometChat.Rest.Testing;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Every operation of the notification tags is served: none answers ERR_API_NOT_FOUND, nor a 500 for odd input.</summary>
public sealed class NotificationRoutesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public NotificationRoutesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [InlineData("Notification Preferences", 11)]
    [InlineData("Notification Settings", 3)]
    [InlineData("Notification Logs", 1)]
    [InlineData("Email Notifications", 8)]
    [InlineData("SMS Notifications", 8)]
    [InlineData("Push Notifications", 18)]
    public async Task Every_operation_of_the_tag_is_routed(string tag, int expected)
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
                        && tags[0].GetString() == tag)
                    {
                        operations.Add((operation.Name.ToUpperInvariant(), path.Name));
                    }
                }
            }
        }

        Assert.Equal(expected, operations.Count);
        var unrouted = new List<string>();
        foreach (var (method, path) in operations)
        {
            // Placeholder values: the operation may refuse them, but it must be there to refuse them.
            var concrete = path.TrimStart('/')
                .Replace("{id}", "1", System.StringComparison.Ordinal)
                .Replace("{providerId}", "none", System.StringComparison.Ordinal)
                .Replace("{uid}", "nobody", System.StringComparison.Ordinal);
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
            if (body.RootElement.TryGetProperty("error", out var error)
                && error.GetProperty("code").GetString() is CometChatErrorCodes.ApiNotFound or CometChatErrorCodes.Exception)
            {
                unrouted.Add($"{method} {path}: {(int)response.StatusCode} {error.GetProperty("code").GetString()}");
            }
        }

        Assert.Empty(unrouted);
    }
}
