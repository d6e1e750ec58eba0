using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CometChat.Rest.Generator.Tests;

/// <summary>The generated code compiles without warnings, from the real spec and from small ones.</summary>
public class CompilationTests
{
    private const string TinySpec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Tiny", "version": "1" },
          "tags": [
            { "name": "widgets", "description": "The widgets." },
            { "name": "Gadget Boxes", "x-cometchat-group": "Boxes" }
          ],
          "paths": {
            "/widgets/{id}": {
              "get": {
                "tags": [ "widgets" ],
                "operationId": "get-widget",
                "x-cometchat-method": "Get",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/WidgetResponse" } } } } }
              }
            },
            "/boxes": {
              "post": {
                "tags": [ "Gadget Boxes" ],
                "operationId": "create-box",
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Box" } } } },
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Box" } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "Widget": {
                "type": "object",
                "required": [ "id" ],
                "properties": { "id": { "type": "string" }, "size": { "$ref": "#/components/schemas/Size" }, "createdAt": { "type": "integer", "format": "unix-time" } }
              },
              "Size": { "type": "string", "enum": [ "small", "large" ] },
              "Box": { "type": "object", "properties": { "widgets": { "type": "array", "items": { "$ref": "#/components/schemas/Widget" } } } },
              "WidgetResponse": { "type": "object", "x-cometchat-envelope": true, "properties": { "data": { "$ref": "#/components/schemas/Widget" } } }
            }
          }
        }
        """;

    // Uses the generated API the way an application would, so that its shape is compiled too.
    private const string TinyConsumer = """
        using System.Threading.Tasks;
        using Tiny.Api;
        using Tiny.Api.Models;

        namespace App;

        internal static class Consumer
        {
            public static async Task<string> RunAsync(CometChatClient client)
            {
                Widget widget = await client.Widgets.GetAsync("w1");
                Box box = await client.Boxes.CreateBoxAsync(new Box { Widgets = [widget] });
                return widget.Size == Size.Large ? widget.Id : box.Widgets?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }
        }
        """;

    private const string RealConsumer = """
        using System.Threading.Tasks;
        using Snapshot.Client;
        using Snapshot.Client.Models;

        namespace App;

        internal static class Consumer
        {
            public static async Task<int> RunAsync(CometChatClient client)
            {
                User user = await client.Users.CreateAsync(new CreateUserRequest { Uid = "u1", Name = "One", Tags = ["a"] });
                var page = await client.Users.ListAsync(new ListUsersOptions { PerPage = 10, Status = UserStatus.Available });
                var count = page.Items.Count + (page.HasNextPage ? 1 : 0);
                await foreach (var item in client.Users.ListAllAsync())
                {
                    count += item.Uid.Length;
                }

                await client.AuthTokens.CreateAsync(user.Uid);
                return count + (client.ApiKeys is null ? 0 : 1) + CometChatErrorCodes.AuthNoAccess.Length;
            }
        }
        """;

    [Fact]
    public void RealSpecGeneratesCodeThatCompilesCleanly()
    {
        var run = RealSpec.Run;

        Assert.Null(run.Generator.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Result.Diagnostics);
        AssertNoProblems(run.CompilationProblems());
    }

    [Fact]
    public void RealSpecClientIsUsableFromApplicationCode()
    {
        var run = GeneratorHarness.Run(RealSpec.Text, GeneratorHarness.SpecOptions(GeneratorHarness.Namespace, GeneratorHarness.SpecPath), GeneratorHarness.SpecPath, RealConsumer);

        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
        AssertNoProblems(run.CompilationProblems());
    }

    [Fact]
    public void TinySpecInAnotherNamespaceWithTwoGroupsCompilesCleanly()
    {
        var run = GeneratorHarness.Run(TinySpec, GeneratorHarness.SpecOptions("Tiny.Api", "/tiny.json"), "/tiny.json", TinyConsumer);

        Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
        Assert.Empty(run.Result.Diagnostics);
        AssertNoProblems(run.CompilationProblems());
        Assert.Equal(
            [
                "Tiny.Api.BoxesClient.g.cs", "Tiny.Api.CometChatClient.g.cs", "Tiny.Api.CometChatErrorCodes.g.cs",
                "Tiny.Api.Models.Box.g.cs", "Tiny.Api.Models.Size.g.cs", "Tiny.Api.Models.Widget.g.cs",
                "Tiny.Api.Serialization.CometChatJsonTypeInfoResolver.g.cs", "Tiny.Api.WidgetsClient.g.cs",
            ],
            run.HintNames.Order(System.StringComparer.Ordinal));
    }

    public static TheoryData<string, string> NamespaceSources() => new()
    {
        { "file", "From.File" },
        { "property", "From.Property" },
        { "root", "From.Root" },
        { "none", "CometChat.Generated" },
    };

    [Theory]
    [MemberData(nameof(NamespaceSources))]
    public void NamespaceComesFromFileMetadataThenPropertyThenRootNamespace(string source, string expected)
    {
        var global = new Dictionary<string, string>();
        var file = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CometChatSpec"] = "true" };
        if (source is "file")
        {
            file["build_metadata.AdditionalFiles.CometChatNamespace"] = "From.File";
        }

        if (source is "file" or "property")
        {
            global["build_property.CometChatNamespace"] = "From.Property";
        }

        if (source is not "none")
        {
            global["build_property.RootNamespace"] = "From.Root";
        }

        // MSBuild hands unset metadata to the compiler as an empty value.
        file.TryAdd("build_metadata.AdditionalFiles.CometChatNamespace", string.Empty);
        var options = new TestAnalyzerConfigOptionsProvider(global, new Dictionary<string, IEnumerable<KeyValuePair<string, string>>> { ["/tiny.json"] = file });

        var run = GeneratorHarness.Run(TinySpec, options, "/tiny.json");

        Assert.Contains($"{expected}.CometChatClient.g.cs", run.HintNames);
        AssertNoProblems(run.CompilationProblems());
    }

    [Fact]
    public void FilesNotMarkedAsSpecsAreIgnored()
    {
        var options = new TestAnalyzerConfigOptionsProvider(files: new Dictionary<string, IEnumerable<KeyValuePair<string, string>>>
        {
            ["/tiny.json"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CometChatSpec"] = "false" },
        });

        var run = GeneratorHarness.Run(TinySpec, options, "/tiny.json");

        Assert.Empty(run.HintNames);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void UndocumentedPiecesGetWellFormedFallbackDocs()
    {
        // Nothing here has a description, and the names need XML escaping. The harness parses with
        // DocumentationMode.Diagnose, so malformed doc comments would be compiler warnings.
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Bare", "version": "1" },
              "x-cometchat-error-codes": [ { "code": "ERR_A&B" } ],
              "paths": {
                "/things": {
                  "get": {
                    "tags": [ "Things" ],
                    "operationId": "list-things",
                    "parameters": [ { "name": "a<b", "in": "query", "schema": { "type": "string" } } ],
                    "responses": { "200": { "description": "OK" } }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Thing": { "type": "object", "properties": { "x&y": { "type": "string" } } },
                  "Kind": { "type": "string", "enum": [ "plain", "a<b>" ] }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        Assert.Empty(run.Diagnostics);
        AssertNoProblems(run.CompilationProblems());
        Assert.Contains("/// <summary><c>a&lt;b&gt;</c></summary>", run.Source("Snapshot.Client.Models.Kind.g.cs"));
        Assert.Contains("/// <summary><c>plain</c></summary>", run.Source("Snapshot.Client.Models.Kind.g.cs"));
        Assert.Contains("/// <summary>The <c>x&amp;y</c> value.</summary>", run.Source("Snapshot.Client.Models.Thing.g.cs"));
        Assert.Contains("/// <summary>The <c>a&lt;b</c> query parameter.</summary>", run.Source("Snapshot.Client.ThingsClient.g.cs"));
        Assert.Contains("/// <summary>ERR_A&amp;B</summary>", run.Source("Snapshot.Client.CometChatErrorCodes.g.cs"));
    }

    [Fact]
    public void RequiredQueryParametersBecomeCamelCaseMethodParameters()
    {
        // Optional query parameters are options properties (PascalCase); required ones sit beside path parameters.
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Stats", "version": "1" },
              "paths": {
                "/stats": {
                  "get": {
                    "tags": [ "Stats" ],
                    "operationId": "get-stats",
                    "parameters": [
                      { "name": "fromDate", "in": "query", "required": true, "schema": { "type": "integer", "format": "int64" } },
                      { "name": "detail", "in": "query", "schema": { "type": "boolean" } }
                    ],
                    "responses": { "200": { "description": "OK" } }
                  }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        Assert.Empty(run.Diagnostics);
        AssertNoProblems(run.CompilationProblems());
        var client = run.Source("Snapshot.Client.StatsClient.g.cs");
        Assert.Contains("long fromDate,", client);
        Assert.Contains("call.AddQuery(\"fromDate\", fromDate);", client);
        Assert.Contains("public bool? Detail { get; set; }", client);
    }

    private static void AssertNoProblems(IReadOnlyList<Diagnostic> problems) =>
        Assert.True(problems.Count == 0, "The compilation has problems:" + System.Environment.NewLine + string.Join(System.Environment.NewLine, problems.Take(20)));
}
