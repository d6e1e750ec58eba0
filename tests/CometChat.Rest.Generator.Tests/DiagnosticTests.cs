using System.Linq;
using CometChat.Rest.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static CometChat.Rest.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace CometChat.Rest.Generator.Tests;

/// <summary>Each CCG diagnostic, at the exact spot in the spec, with the valid rest still generated.</summary>
public class DiagnosticTests
{
    [Fact]
    public void CCG0001_MissingCommaPointsWhereTheReaderStopped()
    {
        const string spec = """
            {
              "openapi": "3.0.3"
              "info": { "title": "Broken", "version": "1" },
              "paths": {},
              "components": { "schemas": { "Thing": { "type": "object", "properties": { "id": { "type": "string" } } } } }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0001", new LinePosition(2, 2), length: 1);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain("Snapshot.Client.Models.Thing.g.cs", run.HintNames);
        RestCompiles(run);
    }

    [Fact]
    public void CCG0001_ColumnCountsCharactersNotUtf8Bytes()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Zoë’s API" "version": "1" },
              "paths": {}
            }
            """;

        var run = GeneratorHarness.Run(spec);

        At(Assert.Single(run.Diagnostics), "CCG0001", PositionOf(spec, "\"version\""), length: 1);
        RestCompiles(run);
    }

    [Fact]
    public void CCG0001_EmptyFile()
    {
        var run = GeneratorHarness.Run(string.Empty);

        At(Assert.Single(run.Diagnostics), "CCG0001", new LinePosition(0, 0));
        RestCompiles(run);
    }

    [Fact]
    public void CCG0002_UnresolvedRefInAPropertyAndInAParameter()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Refs", "version": "1" },
              "paths": {
                "/things/{id}": {
                  "get": {
                    "tags": [ "Things" ],
                    "operationId": "get-thing",
                    "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                    "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingResponse" } } } } }
                  }
                },
                "/things": {
                  "get": {
                    "tags": [ "Things" ],
                    "operationId": "list-things",
                    "parameters": [ { "$ref": "#/components/parameters/apikey" } ],
                    "responses": { "200": { "description": "OK" } }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Thing": {
                    "type": "object",
                    "properties": {
                      "id": { "type": "string" },
                      "owner": { "$ref": "#/components/schemas/Owner" }
                    }
                  },
                  "ThingResponse": { "type": "object", "x-cometchat-envelope": true, "properties": { "data": { "$ref": "#/components/schemas/Thing" } } }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        var diagnostics = InOrder(run);
        Assert.Equal(2, diagnostics.Count);
        At(diagnostics[0], "CCG0002", PositionOf(spec, "\"#/components/parameters/apikey\""), length: "\"#/components/parameters/apikey\"".Length);
        At(diagnostics[1], "CCG0002", PositionOf(spec, "\"#/components/schemas/Owner\""), length: "\"#/components/schemas/Owner\"".Length);
        RestCompiles(run);

        // The property is kept as JSON; the unresolved parameter is left out and its operation kept.
        Assert.Contains("public JsonNode? Owner { get; set; }", run.Source("Snapshot.Client.Models.Thing.g.cs"));
        var client = run.Source("Snapshot.Client.ThingsClient.g.cs");
        Assert.Contains("GetThingAsync(string id", client);
        Assert.Contains("public virtual Task ListThingsAsync(CancellationToken cancellationToken = default)", client);
        Assert.Contains("the parameter is left out of GET /things", Message(diagnostics[0]), System.StringComparison.Ordinal);
    }

    [Fact]
    public void CCG0002_UnresolvedSchemaRefOfAParameterSkipsTheOperation()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Refs", "version": "1" },
              "paths": {
                "/things": {
                  "get": {
                    "tags": [ "Things" ],
                    "operationId": "list-things",
                    "parameters": [ { "name": "kind", "in": "query", "schema": { "$ref": "#/components/schemas/Kind" } } ],
                    "responses": { "200": { "description": "OK" } }
                  },
                  "delete": {
                    "tags": [ "Things" ],
                    "operationId": "delete-things",
                    "responses": { "200": { "description": "OK" } }
                  }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        // (A CCG0006 about the resulting untyped parameter follows; the CCG0002 is what points at the cause.)
        var diagnostic = InOrder(run).First(d => d.Id == "CCG0002");
        At(diagnostic, "CCG0002", PositionOf(spec, "\"#/components/schemas/Kind\""), length: "\"#/components/schemas/Kind\"".Length);
        RestCompiles(run);
        var client = run.Source("Snapshot.Client.ThingsClient.g.cs");
        Assert.DoesNotContain("ListThings", client);
        Assert.Contains("DeleteThingsAsync(", client);
    }

    [Fact]
    public void CCG0003_SameMethodNameTwiceInOneGroup()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Dupes", "version": "1" },
              "paths": {
                "/things": {
                  "get": { "tags": [ "Things" ], "operationId": "list-things", "x-cometchat-method": "List", "responses": { "200": { "description": "OK" } } }
                },
                "/things/all": {
                  "get": { "tags": [ "Things" ], "operationId": "list-all-things", "x-cometchat-method": "List", "responses": { "200": { "description": "OK" } } },
                  "delete": { "tags": [ "Things" ], "operationId": "delete-all-things", "responses": { "200": { "description": "OK" } } }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0003", PositionOf(spec, "\"List\"", occurrence: 2, after: "\"x-cometchat-method\""), length: "\"List\"".Length);
        Assert.Contains("line 6", Message(diagnostic), System.StringComparison.Ordinal);
        RestCompiles(run);
        var client = run.Source("Snapshot.Client.ThingsClient.g.cs");
        Assert.Contains("HttpMethod.Get, \"/things\"", client);
        Assert.DoesNotContain("HttpMethod.Get, \"/things/all\"", client);
        Assert.Contains("DeleteAllThingsAsync(", client);
    }

    [Fact]
    public void CCG0003_DuplicateOperationId()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Dupes", "version": "1" },
              "paths": {
                "/things": {
                  "get": { "tags": [ "Things" ], "operationId": "get-things", "responses": { "200": { "description": "OK" } } }
                },
                "/other-things": {
                  "get": { "tags": [ "Things" ], "operationId": "get-things", "responses": { "200": { "description": "OK" } } },
                  "post": { "tags": [ "Things" ], "operationId": "create-other-thing", "responses": { "200": { "description": "OK" } } }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        At(Assert.Single(run.Diagnostics), "CCG0003", PositionOf(spec, "\"get-things\"", occurrence: 2), length: "\"get-things\"".Length);
        RestCompiles(run);
        var client = run.Source("Snapshot.Client.ThingsClient.g.cs");
        Assert.Contains("GetThingsAsync(", client);
        Assert.DoesNotContain("HttpMethod.Get, \"/other-things\"", client);
        Assert.Contains("CreateOtherThingAsync(", client);
    }

    [Fact]
    public void CCG0004_SamePathOnceParameterNamesAreIgnored()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Paths", "version": "1" },
              "paths": {
                "/things/{id}": {
                  "get": {
                    "tags": [ "Things" ], "operationId": "get-thing",
                    "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                    "responses": { "200": { "description": "OK" } }
                  }
                },
                "/things/{thingId}": {
                  "get": {
                    "tags": [ "Things" ], "operationId": "get-thing-by-id",
                    "parameters": [ { "name": "thingId", "in": "path", "required": true, "schema": { "type": "string" } } ],
                    "responses": { "200": { "description": "OK" } }
                  },
                  "delete": {
                    "tags": [ "Things" ], "operationId": "delete-thing",
                    "parameters": [ { "name": "thingId", "in": "path", "required": true, "schema": { "type": "string" } } ],
                    "responses": { "200": { "description": "OK" } }
                  }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0004", PositionOf(spec, "\"get\"", after: "\"/things/{thingId}\""), length: "\"get\"".Length);
        Assert.Contains("GET /things/{id} (line 6)", Message(diagnostic), System.StringComparison.Ordinal);
        RestCompiles(run);
        var client = run.Source("Snapshot.Client.ThingsClient.g.cs");
        Assert.Contains("GetThingAsync(string id", client);
        Assert.DoesNotContain("GetThingById", client);
        Assert.Contains("DeleteThingAsync(string thingId", client);
    }

    [Fact]
    public void CCG0005_PathParameterUsedButNotDeclared()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Params", "version": "1" },
              "paths": {
                "/things/{id}": {
                  "get": { "tags": [ "Things" ], "operationId": "get-thing", "responses": { "200": { "description": "OK" } } }
                },
                "/things": {
                  "get": { "tags": [ "Things" ], "operationId": "list-things", "responses": { "200": { "description": "OK" } } }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0005", PositionOf(spec, "\"/things/{id}\""), length: "\"/things/{id}\"".Length);
        Assert.Contains("'{id}'", Message(diagnostic), System.StringComparison.Ordinal);
        RestCompiles(run);
        var client = run.Source("Snapshot.Client.ThingsClient.g.cs");
        Assert.DoesNotContain("GetThing", client);
        Assert.Contains("ListThingsAsync(", client);
    }

    [Fact]
    public void CCG0005_DocumentWithoutPaths()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "No paths", "version": "1" },
              "components": {
                "schemas": {
                  "Thing": { "type": "object", "properties": { "id": { "type": "string" } } }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        At(Assert.Single(run.Diagnostics), "CCG0005", new LinePosition(0, 0));
        RestCompiles(run);
        Assert.Contains("Snapshot.Client.Models.Thing.g.cs", run.HintNames);
        Assert.Contains("Snapshot.Client.CometChatClient.g.cs", run.HintNames);
    }

    [Fact]
    public void CCG0006_MultipartOnlyRequestBodySkipsTheOperation()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Bodies", "version": "1" },
              "paths": {
                "/things": {
                  "post": {
                    "tags": [ "Things" ],
                    "operationId": "upload-thing",
                    "requestBody": {
                      "content": {
                        "multipart/form-data": { "schema": { "type": "object", "properties": { "file": { "type": "string", "format": "binary" } } } }
                      }
                    },
                    "responses": { "200": { "description": "OK" } }
                  },
                  "get": { "tags": [ "Things" ], "operationId": "list-things", "responses": { "200": { "description": "OK" } } }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0006", PositionOf(spec, "\"multipart/form-data\""), length: "\"multipart/form-data\"".Length);
        Assert.Contains("multipart/form-data", Message(diagnostic), System.StringComparison.Ordinal);
        RestCompiles(run);
        var client = run.Source("Snapshot.Client.ThingsClient.g.cs");
        Assert.DoesNotContain("UploadThing", client);
        Assert.Contains("ListThingsAsync(", client);
    }

    [Fact]
    public void CCG0006_OneOfPropertyIsKeptAsJson()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Compositions", "version": "1" },
              "paths": {},
              "components": {
                "schemas": {
                  "Thing": {
                    "type": "object",
                    "properties": {
                      "id": { "type": "string" },
                      "value": { "oneOf": [ { "type": "string" }, { "type": "integer" } ] }
                    }
                  }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        At(Assert.Single(run.Diagnostics), "CCG0006", PositionOf(spec, "\"oneOf\""), length: "\"oneOf\"".Length);
        RestCompiles(run);
        Assert.Contains("public JsonNode? Value { get; set; }", run.Source("Snapshot.Client.Models.Thing.g.cs"));
    }

    [Fact]
    public void CCG0007_UnknownPagingAndIdentifierKinds()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Extensions", "version": "1" },
              "paths": {
                "/things": {
                  "get": {
                    "tags": [ "Things" ],
                    "operationId": "list-things",
                    "x-cometchat-paging": "offset",
                    "parameters": [ { "name": "owner", "in": "query", "x-cometchat-identifier": "email", "schema": { "type": "string" } } ],
                    "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingListResponse" } } } } }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Thing": { "type": "object", "properties": { "id": { "type": "string" } } },
                  "ThingListResponse": {
                    "type": "object",
                    "x-cometchat-envelope": true,
                    "properties": { "data": { "type": "array", "items": { "$ref": "#/components/schemas/Thing" } } }
                  }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        var diagnostics = InOrder(run);
        Assert.Equal(2, diagnostics.Count);
        At(diagnostics[0], "CCG0007", PositionOf(spec, "\"offset\""), length: "\"offset\"".Length);
        At(diagnostics[1], "CCG0007", PositionOf(spec, "\"email\""), length: "\"email\"".Length);
        RestCompiles(run);

        // The extensions are ignored: one unpaged call that returns the list, with an unchecked string parameter.
        var client = run.Source("Snapshot.Client.ThingsClient.g.cs");
        Assert.Contains("Task<IList<Thing>> ListThingsAsync(", client);
        Assert.DoesNotContain("Guard.Identifier", client);
    }
}
