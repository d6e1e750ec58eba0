using System;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Generator.Tests.Infrastructure;

namespace CometChat.Rest.Generator.Tests;

/// <summary>The spec is plain OpenAPI: two independent readers load it without complaint.</summary>
public class SpecValidityTests
{
    private static readonly string[] s_methods = ["get", "put", "post", "delete", "patch"];

    // Counted from the raw JSON, so each reader must load every operation the file has.
    private static readonly int OperationCount = System.Text.Json.Nodes.JsonNode.Parse(RealSpec.Text)!["paths"]!.AsObject()
        .Sum(path => path.Value!.AsObject().Count(entry => s_methods.Contains(entry.Key)));

    // A control: a document with a dangling $ref and no 'info', which both readers must reject.
    private const string Broken = """
        {
          "openapi": "3.0.3",
          "paths": {
            "/things": { "get": { "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Missing" } } } } } } }
          }
        }
        """;

    [Fact]
    public async Task NSwagLoadsTheSpec()
    {
        // NSwag resolves every $ref while loading, and throws on one it cannot resolve.
        var document = await NSwag.OpenApiDocument.FromJsonAsync(RealSpec.Text);

        Assert.Equal(OperationCount, document.Operations.Count());
        Assert.Equal(OperationCount, document.Operations.Select(o => o.Operation.OperationId).Distinct().Count());
    }

    [Fact]
    public async Task NSwagRejectsADanglingRef()
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => NSwag.OpenApiDocument.FromJsonAsync(Broken));

        Assert.Contains("#/components/schemas/Missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MicrosoftOpenApiLoadsTheSpecWithoutErrorsOrWarnings()
    {
        var (document, diagnostic) = Microsoft.OpenApi.OpenApiDocument.Parse(RealSpec.Text, "json");

        Assert.NotNull(diagnostic);
        Assert.Empty(diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.NotNull(document);
        Assert.Equal(OperationCount, document.Paths.Values.Sum(path => path.Operations?.Count ?? 0));
    }

    [Fact]
    public void MicrosoftOpenApiReportsErrorsInABrokenDocument()
    {
        var (_, diagnostic) = Microsoft.OpenApi.OpenApiDocument.Parse(Broken, "json");

        Assert.NotNull(diagnostic);
        Assert.NotEmpty(diagnostic.Errors);
    }
}
