using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static CometChat.Rest.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace CometChat.Rest.Generator.Tests;

/// <summary>
/// Shapes beyond the JSON envelope: bare objects and arrays, no-content responses, multipart bodies, and
/// validation that reaches into nested request objects.
/// </summary>
public class ResponseAndBodyShapeTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Shapes", "version": "1" },
          "tags": [ { "name": "agents", "x-cometchat-group": "Agents" } ],
          "paths": {
            "/agents": {
              "get": {
                "tags": [ "agents" ],
                "operationId": "list-agents",
                "x-cometchat-method": "List",
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Agent" } } } } } }
              },
              "post": {
                "tags": [ "agents" ],
                "operationId": "create-agent",
                "x-cometchat-method": "Create",
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreateAgentRequest" } } } },
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Agent" } } } } }
              }
            },
            "/agents/{id}": {
              "delete": {
                "tags": [ "agents" ],
                "operationId": "delete-agent",
                "x-cometchat-method": "Delete",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "204": { "description": "Deleted" }, "default": { "description": "Error" } }
              },
              "put": {
                "tags": [ "agents" ],
                "operationId": "touch-agent",
                "x-cometchat-method": "Touch",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "Done, nothing to return" } }
              }
            }
          },
          "components": {
            "schemas": {
              "Agent": {
                "type": "object",
                "required": [ "id" ],
                "properties": { "id": { "type": "string" }, "name": { "type": "string" } }
              },
              "CreateAgentRequest": {
                "type": "object",
                "required": [ "name", "owner" ],
                "properties": {
                  "name": { "type": "string", "maxLength": 10 },
                  "owner": { "$ref": "#/components/schemas/Owner" },
                  "tools": { "type": "array", "items": { "$ref": "#/components/schemas/Tool" } },
                  "labels": { "type": "object", "additionalProperties": { "$ref": "#/components/schemas/Label" } },
                  "note": { "$ref": "#/components/schemas/Note" }
                }
              },
              "Owner": {
                "type": "object",
                "required": [ "uid" ],
                "properties": { "uid": { "type": "string", "x-cometchat-identifier": "uid" } }
              },
              "Tool": {
                "type": "object",
                "properties": { "name": { "type": "string" }, "settings": { "$ref": "#/components/schemas/ToolSettings" } }
              },
              "ToolSettings": {
                "type": "object",
                "properties": { "url": { "type": "string", "maxLength": 20 } }
              },
              "Label": { "type": "object", "properties": { "text": { "type": "string", "maxLength": 5 } } },
              "Note": { "type": "object", "properties": { "text": { "type": "string" } } }
            }
          }
        }
        """;

    [Fact]
    public void TheShapesCompileWithoutDiagnostics()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void ABareArrayResponseReturnsAListReadFromTheWholeBody()
    {
        var client = GeneratorHarness.Run(Spec).Source("Snapshot.Client.AgentsClient.g.cs");

        Assert.Contains("public virtual Task<IList<Agent>> ListAsync(CancellationToken cancellationToken = default)", client);
        Assert.Contains("return _transport.SendBodyAsync(call, JsonConverters.List(AgentJsonConverter.Instance), cancellationToken);", client);
    }

    [Fact]
    public void ABareObjectResponseReturnsTheModelReadFromTheWholeBody()
    {
        var client = GeneratorHarness.Run(Spec).Source("Snapshot.Client.AgentsClient.g.cs");

        Assert.Contains("public virtual Task<Agent> CreateAsync(CreateAgentRequest request, CancellationToken cancellationToken = default)", client);
        Assert.Contains("return _transport.SendBodyAsync(call, AgentJsonConverter.Instance, cancellationToken);", client);
    }

    [Theory]
    [InlineData("DeleteAsync")]
    [InlineData("TouchAsync")]
    public void ANoContentResponseReturnsAPlainTask(string method)
    {
        var client = GeneratorHarness.Run(Spec).Source("Snapshot.Client.AgentsClient.g.cs");

        Assert.Contains($"public virtual Task {method}(string id, CancellationToken cancellationToken = default)", client);
        var body = client.Substring(client.IndexOf($"Task {method}(", System.StringComparison.Ordinal));
        body = body.Substring(0, body.IndexOf("\n    }", System.StringComparison.Ordinal));
        Assert.Contains("return _transport.SendAsync(call, cancellationToken);", body);
    }

    [Fact]
    public void ValidationReachesNestedModelsListsAndMapsThatHaveLimits()
    {
        var run = GeneratorHarness.Run(Spec);
        var request = run.Source("Snapshot.Client.Models.CreateAgentRequest.g.cs");

        Assert.Contains("Guard.MaxLength(Name, 10, paramName + \".Name\");", request);
        Assert.Contains("Owner?.Validate(paramName + \".Owner\");", request);
        Assert.Contains("Tools[i]?.Validate(paramName + \".Tools[\" + i.ToString(CultureInfo.InvariantCulture) + \"]\");", request);
        Assert.Contains("entry.Value?.Validate(paramName + \".Labels[\\\"\" + entry.Key + \"\\\"]\");", request);

        // Note has no limits, so there is nothing to call.
        Assert.DoesNotContain("Note?.Validate", request);
        Assert.DoesNotContain("internal void Validate", run.Source("Snapshot.Client.Models.Note.g.cs"));

        // Tool has no limits of its own, but its settings do.
        var tool = run.Source("Snapshot.Client.Models.Tool.g.cs");
        Assert.Contains("internal void Validate(string paramName)", tool);
        Assert.Contains("Settings?.Validate(paramName + \".Settings\");", tool);
        Assert.Contains("Guard.MaxLength(Url, 20, paramName + \".Url\");", run.Source("Snapshot.Client.Models.ToolSettings.g.cs"));
        Assert.Contains("Guard.Identifier(Uid, IdentifierKind.Uid, paramName + \".Uid\");", run.Source("Snapshot.Client.Models.Owner.g.cs"));

        // Agent is only received, never sent.
        Assert.DoesNotContain("Validate", run.Source("Snapshot.Client.Models.Agent.g.cs"));
    }

    [Fact]
    public void ModelsThatHoldEachOtherStillGetValidation()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Loops", "version": "1" },
              "paths": {
                "/nodes": {
                  "post": {
                    "tags": [ "Nodes" ],
                    "operationId": "create-node",
                    "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Node" } } } },
                    "responses": { "204": { "description": "Created" } }
                  }
                }
              },
              "components": {
                "schemas": {
                  "Node": {
                    "type": "object",
                    "properties": { "name": { "type": "string", "maxLength": 3 }, "children": { "type": "array", "items": { "$ref": "#/components/schemas/Node" } } }
                  }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("Children[i]?.Validate(paramName + \".Children[\"", run.Source("Snapshot.Client.Models.Node.g.cs"));
        Assert.Contains("request.Validate(nameof(request));", run.Source("Snapshot.Client.NodesClient.g.cs"));
    }

    private const string UploadSpec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Uploads", "version": "1" },
          "paths": {
            "/media": {
              "post": {
                "tags": [ "Media" ],
                "operationId": "upload-media",
                "x-cometchat-method": "Upload",
                "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/UploadMediaRequest" } } } },
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Media" } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "UploadMediaRequest": {
                "type": "object",
                "required": [ "file", "kind" ],
                "properties": {
                  "file": { "type": "string", "format": "binary" },
                  "thumbnails": { "type": "array", "items": { "type": "string", "format": "binary" } },
                  "caption": { "type": "string", "maxLength": 50 },
                  "kind": { "$ref": "#/components/schemas/MediaKind" },
                  "width": { "type": "integer" },
                  "tags": { "type": "array", "items": { "type": "string" } },
                  "metadata": { "type": "object" },
                  "owner": { "$ref": "#/components/schemas/Media" }
                }
              },
              "MediaKind": { "type": "string", "enum": [ "image", "video" ] },
              "Media": { "type": "object", "properties": { "url": { "type": "string" } } }
            }
          }
        }
        """;

    [Fact]
    public void AMultipartBodySendsTheModelsPartsAndCompiles()
    {
        var run = GeneratorHarness.Run(UploadSpec);

        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        var client = run.Source("Snapshot.Client.MediaClient.g.cs");
        Assert.Contains("public virtual Task<Media> UploadAsync(UploadMediaRequest request, CancellationToken cancellationToken = default)", client);
        Assert.Contains("request.Validate(nameof(request));", client);
        Assert.Contains("call.SetForm(request.ToForm());", client);
        Assert.DoesNotContain("SetBody", client);

        var model = run.Source("Snapshot.Client.Models.UploadMediaRequest.g.cs");
        Assert.Contains("public required CometChatFile File { get; set; }", model);
        Assert.Contains("public IList<CometChatFile>? Thumbnails { get; set; }", model);
        string[] parts =
        [
            "var form = new CometChatForm();",
            "form.AddFile(\"file\", File);",
            "form.AddFiles(\"thumbnails\", Thumbnails);",
            "form.Add(\"caption\", Caption);",
            "form.Add(\"kind\", Kind.Value);",
            "form.Add(\"width\", Width);",
            "form.AddEach(\"tags\", Tags);",
            "form.AddJson(\"metadata\", Metadata, JsonConverters.Object);",
            "form.AddJson(\"owner\", Owner, MediaJsonConverter.Instance);",
            "form.AddAdditional(AdditionalProperties);",
            "return form;",
        ];
        var at = 0;
        foreach (var part in parts)
        {
            var next = model.IndexOf(part, at, System.StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{part}' is missing or out of order in:\n{model}");
            at = next;
        }

        // Only models sent as forms get ToForm.
        Assert.DoesNotContain("ToForm", run.Source("Snapshot.Client.Models.Media.g.cs"));
    }

    [Fact]
    public void AJsonBodyIsPreferredWhenBothMediaTypesAreOffered()
    {
        var spec = UploadSpec.Replace(
            "\"multipart/form-data\": { \"schema\": { \"$ref\": \"#/components/schemas/UploadMediaRequest\" } }",
            "\"multipart/form-data\": { \"schema\": { \"$ref\": \"#/components/schemas/UploadMediaRequest\" } }, \"application/json\": { \"schema\": { \"$ref\": \"#/components/schemas/Media\" } }",
            System.StringComparison.Ordinal);

        var run = GeneratorHarness.Run(spec);

        Assert.Empty(run.Diagnostics);
        Assert.Contains("call.SetBody(request, MediaJsonConverter.Instance);", run.Source("Snapshot.Client.MediaClient.g.cs"));
    }

    private static string Document(string paths, string schemas = "") => $$"""
        {
          "openapi": "3.0.3",
          "info": { "title": "Odd shapes", "version": "1" },
          "paths": { {{paths}} },
          "components": { "schemas": { {{schemas}} } }
        }
        """;

    [Fact]
    public void CCG0006_AResponseThatIsNotJsonIsReportedAndItsBodyIgnored()
    {
        var spec = Document("""
            "/export": {
              "get": {
                "tags": [ "Exports" ],
                "operationId": "export-csv",
                "responses": { "200": { "description": "CSV", "content": { "text/csv": { "schema": { "type": "string" } } } } }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0006", PositionOf(spec, "\"text/csv\""), length: "\"text/csv\"".Length);
        Assert.Contains("'text/csv' of GET /export", Message(diagnostic), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("public virtual Task ExportCsvAsync(CancellationToken cancellationToken = default)", run.Source("Snapshot.Client.ExportsClient.g.cs"));
    }

    [Fact]
    public void CCG0006_AFileInAJsonResponseIsReported()
    {
        var spec = Document("""
            "/download": {
              "get": {
                "tags": [ "Files" ],
                "operationId": "download",
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "type": "string", "format": "binary" } } } } }
              }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0006", PositionOf(spec, "{ \"type\": \"string\", \"format\": \"binary\" }"));
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("public virtual Task DownloadAsync(", run.Source("Snapshot.Client.FilesClient.g.cs"));
    }

    [Fact]
    public void CCG0006_AFileAsTheDataOfAnEnvelopeIsReported()
    {
        var spec = Document(
            """
            "/download": {
              "get": {
                "tags": [ "Files" ],
                "operationId": "download",
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/FileResponse" } } } } }
              }
            }
            """,
            """
            "FileResponse": { "type": "object", "x-cometchat-envelope": true, "properties": { "data": { "type": "string", "format": "binary" } } }
            """);

        var run = GeneratorHarness.Run(spec);

        At(Assert.Single(run.Diagnostics), "CCG0006", PositionOf(spec, "{ \"type\": \"string\", \"format\": \"binary\" }"));
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("public virtual Task DownloadAsync(", run.Source("Snapshot.Client.FilesClient.g.cs"));
    }

    [Fact]
    public void CCG0006_AFileInAModelSentAsJsonIsReportedAtTheProperty()
    {
        var spec = Document(
            """
            "/notes": {
              "post": {
                "tags": [ "Notes" ],
                "operationId": "create-note",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Note" } } } },
                "responses": { "204": { "description": "Created" } }
              }
            }
            """,
            """
            "Note": { "type": "object", "properties": { "text": { "type": "string" }, "attachment": { "type": "string", "format": "binary" } } }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0006", PositionOf(spec, "\"attachment\""), length: "\"attachment\"".Length);
        Assert.Contains("Note.Attachment", Message(diagnostic), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void CCG0006_AMultipartBodyThatIsNotAnObjectSchemaSkipsTheOperation()
    {
        var spec = Document(
            """
            "/things": {
              "post": {
                "tags": [ "Things" ],
                "operationId": "upload-thing",
                "requestBody": { "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/Kind" } } } },
                "responses": { "204": { "description": "Done" } }
              },
              "get": { "tags": [ "Things" ], "operationId": "list-things", "responses": { "204": { "description": "OK" } } }
            }
            """,
            """
            "Kind": { "type": "string", "enum": [ "a" ] }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0006", PositionOf(spec, "{ \"$ref\": \"#/components/schemas/Kind\" }"));
        Assert.Contains("multipart/form-data", Message(diagnostic), System.StringComparison.Ordinal);
        RestCompiles(run);
        Assert.DoesNotContain("UploadThing", run.Source("Snapshot.Client.ThingsClient.g.cs"));
    }

    [Fact]
    public void CCG0002_AMultipartBodyWithAnUnresolvedRefSkipsTheOperation()
    {
        var spec = Document("""
            "/things": {
              "post": {
                "tags": [ "Things" ],
                "operationId": "upload-thing",
                "requestBody": { "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/Missing" } } } },
                "responses": { "204": { "description": "Done" } }
              },
              "get": { "tags": [ "Things" ], "operationId": "list-things", "responses": { "204": { "description": "OK" } } }
            }
            """);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        At(diagnostic, "CCG0002", PositionOf(spec, "\"#/components/schemas/Missing\""));
        Assert.Contains("the operation is skipped", Message(diagnostic), System.StringComparison.Ordinal);
        RestCompiles(run);
        Assert.DoesNotContain("UploadThing", run.Source("Snapshot.Client.ThingsClient.g.cs"));
    }
}
