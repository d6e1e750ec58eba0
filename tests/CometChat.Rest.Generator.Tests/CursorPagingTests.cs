using System;
using System.Linq;
using CometChat.Rest.Generator.Tests.Infrastructure;

namespace CometChat.Rest.Generator.Tests;

/// <summary><c>x-cometchat-paging: cursor</c> and <c>x-cometchat-cursor-parameters</c>.</summary>
public class CursorPagingTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "t", "version": "1" },
          "paths": {
            "/logs": {
              "get": {
                "operationId": "list-logs",
                "tags": ["Logs"],
                "x-cometchat-paging": "cursor",
                "x-cometchat-cursor-parameters": { "messageId": "logId" },
                "parameters": [
                  { "name": "limit", "in": "query", "schema": { "type": "integer", "maximum": 100 } },
                  { "name": "affix", "in": "query", "schema": { "type": "string" } },
                  { "name": "logId", "in": "query", "schema": { "type": "string" } }
                ],
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/LogList" } } } }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Log": { "type": "object", "properties": { "id": { "type": "string" } } },
              "CursorPageMeta": { "type": "object", "x-cometchat-runtime-type": "CometChat.Rest.CursorPageMeta" },
              "LogList": {
                "type": "object",
                "x-cometchat-envelope": true,
                "properties": {
                  "data": { "type": "array", "items": { "$ref": "#/components/schemas/Log" } },
                  "meta": { "$ref": "#/components/schemas/CursorPageMeta" }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public void A_cursor_list_returns_a_cursor_page_and_walks_with_the_renamed_cursor()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var client = run.Source("Snapshot.Client.LogsClient.g.cs");
        Assert.Contains("public virtual Task<CursorPage<Log>> ListLogsAsync(ListLogsOptions? options = null, CancellationToken cancellationToken = default)", client, StringComparison.Ordinal);
        Assert.Contains("public virtual IAsyncEnumerable<Log> ListLogsAllAsync(ListLogsOptions? options = null, CancellationToken cancellationToken = default)", client, StringComparison.Ordinal);
        Assert.Contains("return CursorWalker.WalkAsync(token => _transport.SendCursorPageAsync(cursor => CreateListLogsRequest(options, cursor), LogJsonConverter.Instance, token), cancellationToken);", client, StringComparison.Ordinal);
        Assert.Contains("        }\n\n            call.ApplyCursor(cursor, \"messageId\", \"logId\");\n            return call;", client, StringComparison.Ordinal);
        // The limit is still checked before anything is sent.
        Assert.Contains("CheckListLogsArguments(options);", client, StringComparison.Ordinal);
    }

    [Fact]
    public void CCG0007_a_rename_to_a_parameter_the_operation_lacks()
    {
        var spec = Spec.Replace("{ \"messageId\": \"logId\" }", "{ \"messageId\": \"nope\" }", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "CCG0007", DiagnosticAssert.PositionOf(spec, "\"nope\""));
        Assert.DoesNotContain("ApplyCursor(cursor, \"messageId\"", run.Source("Snapshot.Client.LogsClient.g.cs"), StringComparison.Ordinal);
        DiagnosticAssert.RestCompiles(run);
    }

    [Fact]
    public void CCG0007_cursor_parameters_on_an_operation_that_is_not_cursor_paged()
    {
        var spec = Spec.Replace("\"x-cometchat-paging\": \"cursor\",", "\"x-cometchat-paging\": \"page\",", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "CCG0007", DiagnosticAssert.PositionOf(spec, "{ \"messageId\""));
        DiagnosticAssert.RestCompiles(run);
    }

    [Fact]
    public void CCG0007_an_unknown_paging_style()
    {
        var spec = Spec.Replace("\"x-cometchat-paging\": \"cursor\",", "\"x-cometchat-paging\": \"offset\",", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(spec);

        Assert.Contains(run.Diagnostics, d => d.Id == "CCG0007" && d.Location.GetLineSpan().StartLinePosition == DiagnosticAssert.PositionOf(spec, "\"offset\""));
        DiagnosticAssert.RestCompiles(run);
    }
}
