using System.Linq;
using CometChat.Rest.Generator.Tests.Infrastructure;
using static CometChat.Rest.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace CometChat.Rest.Generator.Tests;

/// <summary>
/// The defects of CometChat's published OpenAPI documents, in a small synthetic document of the same shape:
/// each is reported where it is, and a client is still generated for the rest.
/// </summary>
public class PublishedDefectTests
{
    // Inline, weakly typed bodies and responses; a parameter $ref into a components/parameters section that
    // does not exist; and the same PATCH twice under two path-parameter names.
    private const string PublishedStyle = """
        {
          "openapi": "3.0.0",
          "info": { "title": "Chat APIs", "version": "3.0" },
          "servers": [ { "url": "https://{appId}.api-{region}.cometchat.io/v3" } ],
          "paths": {
            "/users": {
              "post": {
                "tags": [ "Users" ],
                "summary": "Create User",
                "operationId": "create-user",
                "parameters": [ { "$ref": "#/components/parameters/apikey" } ],
                "requestBody": { "content": { "application/json": { "schema": { "type": "object", "properties": { "uid": { "type": "string" }, "name": { "type": "string" } } } } } },
                "responses": { "200": { "description": "200", "content": { "application/json": { "schema": { "type": "object", "properties": { "data": { "type": "object" } } } } } } }
              },
              "get": {
                "tags": [ "Users" ],
                "summary": "List Users",
                "operationId": "list-users",
                "parameters": [
                  { "name": "apikey", "in": "header", "required": true, "schema": { "type": "string" } },
                  { "name": "perPage", "in": "query", "schema": { "type": "integer", "default": 100 } }
                ],
                "responses": { "200": { "description": "200", "content": { "application/json": { "schema": { "type": "object", "properties": { "data": { "type": "object" } } } } } } }
              }
            },
            "/users/{uid}": {
              "delete": {
                "tags": [ "Users" ],
                "summary": "Delete User",
                "operationId": "delete-user",
                "parameters": [
                  { "$ref": "#/components/parameters/apikey" },
                  { "name": "uid", "in": "path", "required": true, "schema": { "type": "string" } }
                ],
                "responses": { "200": { "description": "200", "content": { "application/json": { "schema": { "type": "object", "properties": { "data": { "type": "object" } } } } } } }
              }
            },
            "/moderation/blocked-messages/{id}": {
              "patch": {
                "tags": [ "Moderation" ],
                "summary": "Review Blocked Message",
                "operationId": "review-blocked-message",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "requestBody": { "content": { "application/json": { "schema": { "type": "object", "properties": { "action": { "type": "string" } } } } } },
                "responses": { "200": { "description": "200", "content": { "application/json": { "schema": { "type": "object", "properties": { "data": { "type": "object" } } } } } } }
              }
            },
            "/moderation/blocked-messages/{messageId}": {
              "patch": {
                "tags": [ "Moderation" ],
                "summary": "Update Blocked Message",
                "operationId": "update-blocked-message",
                "parameters": [ { "name": "messageId", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "200", "content": { "application/json": { "schema": { "type": "object", "properties": { "data": { "type": "object" } } } } } } }
              }
            }
          },
          "components": {
            "securitySchemes": { "apiKey": { "type": "apiKey", "in": "header", "name": "apikey" } }
          }
        }
        """;

    [Fact]
    public void EachDefectIsReportedWhereItIs()
    {
        var run = GeneratorHarness.Run(PublishedStyle);

        var diagnostics = InOrder(run);
        Assert.Equal(3, diagnostics.Count);
        At(diagnostics[0], "CCG0002", PositionOf(PublishedStyle, "\"#/components/parameters/apikey\"", occurrence: 1));
        At(diagnostics[1], "CCG0002", PositionOf(PublishedStyle, "\"#/components/parameters/apikey\"", occurrence: 2));
        At(diagnostics[2], "CCG0004", PositionOf(PublishedStyle, "\"patch\"", after: "\"/moderation/blocked-messages/{messageId}\""), length: "\"patch\"".Length);
        Assert.Contains("PATCH /moderation/blocked-messages/{id}", Message(diagnostics[2]), System.StringComparison.Ordinal);
    }

    [Fact]
    public void TheRestBecomesAClientThatCompiles()
    {
        var run = GeneratorHarness.Run(PublishedStyle);

        RestCompiles(run);
        Assert.Empty(run.CompilationProblems().Select(d => d.ToString()));

        // Weak typing is not a defect the generator can fix: untyped responses stay JSON.
        var users = run.Source("Snapshot.Client.UsersClient.g.cs");
        Assert.Contains("Task<JsonObject> ListUsersAsync(ListUsersOptions? options = null", users);

        // The unresolved apikey parameter is left out (the transport sends the key anyway); the operations stay.
        Assert.Contains("Task<JsonObject> CreateUserAsync(JsonObject? request = null", users);
        Assert.Contains("Task<JsonObject> DeleteUserAsync(string uid", users);
        Assert.DoesNotContain("apikey", users, System.StringComparison.OrdinalIgnoreCase);

        var moderation = run.Source("Snapshot.Client.ModerationClient.g.cs");
        Assert.Contains("ReviewBlockedMessageAsync(string id, JsonObject? request = null", moderation);
        Assert.DoesNotContain("UpdateBlockedMessage", moderation);
    }
}
