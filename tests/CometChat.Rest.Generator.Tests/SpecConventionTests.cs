using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Generator.Tests.Infrastructure;

namespace CometChat.Rest.Generator.Tests;

/// <summary>The conventions of spec/README.md, checked over every operation of the spec.</summary>
public class SpecConventionTests
{
    private static readonly string[] s_methods = ["get", "put", "post", "delete", "patch"];
    private static readonly Lazy<JsonObject> s_spec = new(() => JsonNode.Parse(RealSpec.Text)!.AsObject());

    private static JsonObject Spec => s_spec.Value;

    private static IEnumerable<(string Display, JsonObject Operation)> Operations() =>
        from path in Spec["paths"]!.AsObject()
        from entry in path.Value!.AsObject()
        where s_methods.Contains(entry.Key)
        select ($"{entry.Key.ToUpperInvariant()} {path.Key}", entry.Value!.AsObject());

    [Fact]
    public void OperationIdsAreUniqueAndEachOperationHasOneTag()
    {
        var operations = Operations().ToList();

        Assert.Equal(operations.Count, operations.Select(o => (string?)o.Operation["operationId"]).Distinct().Count());
        Assert.All(operations, o => Assert.Single(o.Operation["tags"]!.AsArray()));
    }

    [Fact]
    public void EveryRequestBodyIsAJsonRefToASchema()
    {
        var violations = new List<string>();
        foreach (var (display, operation) in Operations().Where(o => o.Operation["requestBody"] is not null))
        {
            // JSON, or a form for uploads (moderation keyword lists take a CSV file).
            var content = operation["requestBody"]!["content"]?.AsObject();
            var media = content?["application/json"] ?? content?["multipart/form-data"];
            var reference = (string?)media?["schema"]?["$ref"];
            if (content?.Count != 1 || reference is null || !reference.StartsWith("#/components/schemas/", StringComparison.Ordinal))
            {
                violations.Add($"{display}: the body is not one application/json or multipart/form-data $ref to a component schema");
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void EverySuccessIsANamedSchemaAndEveryListWithMetaIsPaged()
    {
        var violations = new List<string>();
        foreach (var (display, operation) in Operations())
        {
            // 200, or the one 2xx CometChat answers instead (201 for some AI Agents creates).
            var success = operation["responses"]?.AsObject()
                .Where(r => r.Key.Length == 3 && r.Key[0] == '2')
                .OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => r.Value)
                .FirstOrDefault();
            var reference = (string?)success?["content"]?["application/json"]?["schema"]?["$ref"];
            var schema = reference is null ? null : Resolve(reference) as JsonObject;
            var paging = (string?)operation["x-cometchat-paging"];
            if (schema is null)
            {
                violations.Add($"{display}: the success response is not a $ref to a component schema");
            }
            else if (schema["x-cometchat-envelope"]?.GetValue<bool>() == true)
            {
                // A list envelope with meta is one page of many; without meta it is the whole list.
                var isList = (string?)schema["properties"]?["data"]?["type"] == "array";
                var hasMeta = schema["properties"]?["meta"] is not null;
                if (isList && hasMeta && paging is not ("page" or "cursor"))
                {
                    violations.Add($"{display}: 'data' is an array with meta but the operation has no x-cometchat-paging");
                }

                if (!isList && paging is not null)
                {
                    violations.Add($"{display}: x-cometchat-paging on an operation whose 'data' is not an array");
                }
            }
            else
            {
                // Returned as-is: a model, or a plain array of models.
                var isModel = schema["properties"] is JsonObject;
                var isModelList = (string?)schema["type"] == "array" && schema["items"]?["$ref"] is not null;
                if (!isModel && !isModelList)
                {
                    violations.Add($"{display}: the success response is neither an envelope, a model nor an array of models");
                }

                if (paging is not null)
                {
                    violations.Add($"{display}: x-cometchat-paging needs an envelope response");
                }
            }

            if ((string?)operation["responses"]?["default"]?["$ref"] != "#/components/responses/Error")
            {
                violations.Add($"{display}: no default response $ref to #/components/responses/Error");
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void PathParametersAreDeclaredInlineAndRequired()
    {
        var violations = new List<string>();
        foreach (var (display, operation) in Operations())
        {
            var declared = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).Where(p => (string?)p["in"] == "path").ToList() ?? [];
            var used = System.Text.RegularExpressions.Regex.Matches(display, @"\{([^{}]+)\}").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(used.Order(), declared.Select(p => (string)p["name"]!).Order());
            violations.AddRange(declared.Where(p => p["required"]?.GetValue<bool>() != true).Select(p => $"{display}: path parameter {p["name"]} is not required: true"));
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void EveryRefResolves()
    {
        var references = new List<string>();
        CollectReferences(Spec, references);

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references.Distinct(), reference => Resolve(reference) is null);
    }

    private static void CollectReferences(JsonNode? node, List<string> references)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue)
                    {
                        references.Add((string)value!);
                    }
                    else
                    {
                        CollectReferences(value, references);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectReferences(item, references);
                }

                break;
        }
    }

    /// <summary>Follows a local JSON pointer (<c>#/components/schemas/User</c>); null when it names nothing.</summary>
    private static JsonNode? Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = Spec;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = (node as JsonObject)?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node;
    }
}
