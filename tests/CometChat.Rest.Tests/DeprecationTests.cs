using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using CometChat.Rest.Testing;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>
/// Operations the spec marks <c>deprecated</c> (CometChat's deprecations, e.g. GET and DELETE
/// /conversations/{conversationId}) are emitted <c>[Obsolete]</c> with the spec's replacement text, so callers
/// see the migration at build time.
/// </summary>
public sealed class DeprecationTests
{
    [Fact]
    public void Every_deprecated_operation_is_obsolete_with_its_replacement()
    {
        foreach (var operation in Operations().Where(o => o["deprecated"]?.GetValue<bool>() == true))
        {
            var replacement = (string?)operation["x-cometchat-replacement"];
            Assert.False(string.IsNullOrWhiteSpace(replacement), $"{operation["operationId"]} is deprecated without x-cometchat-replacement.");

            var obsolete = Method(operation).GetCustomAttribute<ObsoleteAttribute>();
            Assert.NotNull(obsolete);
            Assert.Equal(replacement, obsolete.Message);
        }
    }

    [Fact]
    public void Operations_that_are_not_deprecated_are_not_obsolete()
    {
        var current = Operations().Where(o => o["deprecated"]?.GetValue<bool>() != true).ToList();

        Assert.NotEmpty(current);
        Assert.All(current, operation => Assert.Null(Method(operation).GetCustomAttribute<ObsoleteAttribute>()));
    }

    /// <summary>The generated client method of an operation: {Group}Client.{x-cometchat-method}Async.</summary>
    private static MethodInfo Method(JsonNode operation)
    {
        var tag = (string)operation["tags"]![0]!;
        var group = (string)Spec()["tags"]!.AsArray().Single(t => (string?)t!["name"] == tag)!["x-cometchat-group"]!;
        var client = typeof(CometChatClient).Assembly.GetType($"CometChat.Rest.{group}Client", throwOnError: true)!;
        var name = (string)operation["x-cometchat-method"]! + "Async";
        return client.GetMethods(BindingFlags.Public | BindingFlags.Instance).First(m => m.Name == name);
    }

    private static JsonNode Spec() => s_spec.Value;

    private static readonly Lazy<JsonNode> s_spec = new(() => JsonNode.Parse(File.ReadAllText(RepositoryPaths.SpecFile))!);

    private static IEnumerable<JsonNode> Operations() =>
        Spec()["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(operation => operation.Key != "parameters"))
            .Select(operation => operation.Value!);
}
