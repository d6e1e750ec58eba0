using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CometChat.Rest.Testing;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>How an operation's 200 body holds its model, read from the spec.</summary>
public enum ResponseShape
{
    /// <summary><c>{"data": {...}}</c>.</summary>
    Model,

    /// <summary><c>{"data": [...]}</c>.</summary>
    List,

    /// <summary><c>{"data": {"key": {...}, ...}}</c>.</summary>
    Map,

    /// <summary>The whole body is the model (CometChat sends no envelope).</summary>
    Body,
}

/// <summary>
/// Which generated model reads each operation's 200 response, worked out from the spec the way the generator does
/// (envelope <c>data</c>: a $ref, an array of $ref or a map of $ref; otherwise the whole body), so example checks
/// need no hand-written table per operation.
/// </summary>
public static class SpecResponseModels
{
    private static readonly Lazy<JsonNode> s_spec = new(() => JsonNode.Parse(File.ReadAllText(RepositoryPaths.SpecFile))!);

    /// <summary>The operation IDs whose tag is one of <paramref name="tags"/>.</summary>
    public static IReadOnlyList<string> OperationIdsTagged(params string[] tags) =>
        Operations().Where(o => tags.Contains((string)o["tags"]![0]!)).Select(o => (string)o["operationId"]!).ToList();

    /// <summary>The model type and shape of <paramref name="operationId"/>'s 200 response.</summary>
    public static (Type Model, ResponseShape Shape) Of(string operationId)
    {
        var operation = Operations().Single(o => (string?)o["operationId"] == operationId);
        var name = SchemaName(operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!);
        var schema = s_spec.Value["components"]!["schemas"]![name]!;
        if (schema["x-cometchat-envelope"]?.GetValue<bool>() != true)
        {
            return (Model(name), ResponseShape.Body);
        }

        var data = schema["properties"]!["data"]!;
        if (data["$ref"] is not null)
        {
            return (Model(SchemaName(data)), ResponseShape.Model);
        }

        return (string?)data["type"] == "array"
            ? (Model(SchemaName(data["items"]!)), ResponseShape.List)
            : (Model(SchemaName(data["additionalProperties"]!)), ResponseShape.Map);
    }

    /// <summary>The model JSON values of an example, one per item of a list or map.</summary>
    public static IReadOnlyList<JsonNode> Items(JsonNode example, ResponseShape shape) => shape switch
    {
        ResponseShape.Body => [example],
        ResponseShape.Model => [example["data"]!],
        ResponseShape.List => example["data"]!.AsArray().Select(item => item!).ToList(),
        _ => example["data"]!.AsObject().Select(entry => entry.Value!).ToList(),
    };

    /// <summary>
    /// Paths (<c>data.conditions[0]</c>) of every member a model read from JSON did not declare: with an exact
    /// spec, an example leaves every <c>AdditionalProperties</c> empty.
    /// </summary>
    public static IReadOnlyList<string> UndeclaredMembers(object model)
    {
        var found = new List<string>();
        Visit(model, "data", found);
        return found;
    }

    private static void Visit(object? value, string path, List<string> found)
    {
        switch (value)
        {
            case null or string or JsonNode or JsonElement:
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Visit(entry.Value, $"{path}[{entry.Key}]", found);
                }

                return;
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    Visit(list[i], $"{path}[{i}]", found);
                }

                return;
        }

        var type = value.GetType();
        if (type.Namespace != "CometChat.Rest.Models" || type.IsValueType)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var member = property.GetValue(value);
            if (property.Name == "AdditionalProperties")
            {
                if (member is IDictionary<string, JsonElement> { Count: > 0 } extra)
                {
                    found.AddRange(extra.Keys.Select(key => $"{path}.{key}"));
                }
            }
            else
            {
                Visit(member, $"{path}.{property.Name}", found);
            }
        }
    }

    private static Type Model(string schemaName) =>
        typeof(CometChatClient).Assembly.GetType("CometChat.Rest.Models." + schemaName, throwOnError: true)!;

    private static string SchemaName(JsonNode reference) => ((string)reference["$ref"]!).Split('/')[^1];

    private static IEnumerable<JsonNode> Operations() =>
        s_spec.Value["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(operation => operation.Key != "parameters"))
            .Select(operation => operation.Value!);
}
