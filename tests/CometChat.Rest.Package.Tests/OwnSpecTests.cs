using System;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;

namespace CometChat.Rest.Package.Tests;

/// <summary>
/// Mode 2: a project brings its own spec; the package's generator emits a client for it on the package's runtime,
/// beside the prebuilt client, and follows edits to the spec.
/// </summary>
[Trait("Category", "Package")]
public sealed class OwnSpecTests
{
    private const string Framework = "net10.0";

    private const string SpecItem =
        """<AdditionalFiles Include="people.openapi.json" CometChatSpec="true" CometChatNamespace="Consumer.People" />""";

    private const string CreateAndGet = """
        using System;
        using Consumer.People.Models;

        var options = new CometChat.Rest.CometChatClientOptions { AppId = args[0], BaseUri = new Uri(args[1]), ApiKey = args[2] };
        using var people = new Consumer.People.CometChatClient(options);
        using var prebuilt = new CometChat.Rest.CometChatClient(options);

        Person created = await people.People.CreateAsync(new CreatePersonRequest { Uid = "ada", Name = "Ada" });
        Person fetched = await people.People.GetAsync("ada");
        var user = await prebuilt.Users.GetAsync("ada");
        Console.WriteLine($"generated client: {created.Uid} {fetched.Name}");
        Console.WriteLine($"prebuilt client: {user.Name}");
        """;

    [Fact]
    public async Task OwnSpec_GetsItsOwnClient_BesideThePrebuiltOne()
    {
        var feed = await PackageFeed.GetAsync();
        using var app = feed.CreateConsumer("OwnSpec");
        app.WriteProject(Framework, properties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", items: SpecItem);
        app.WriteFile("people.openapi.json", PeopleSpec(withDelete: false));
        app.WriteFile("Program.cs", CreateAndGet);

        var build = await app.BuildAsync();
        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(ConsumerProject.Diagnostics(build));

        // Only the consumer's spec is generated, in the consumer's namespace.
        Assert.Equal(
            [
                "Consumer.People.CometChatClient.g.cs",
                "Consumer.People.CometChatErrorCodes.g.cs",
                "Consumer.People.Models.CreatePersonRequest.g.cs",
                "Consumer.People.Models.Person.g.cs",
                "Consumer.People.PeopleClient.g.cs",
                "Consumer.People.Serialization.CometChatJsonTypeInfoResolver.g.cs",
            ],
            app.GeneratedFiles(Framework));

        await using var emulator = await CometChatEmulator.StartAsync();
        var run = await app.RunAsync(Framework, emulator.AppId, emulator.BaseUri.AbsoluteUri, emulator.RestApiKey);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("generated client: ada Ada", run.Output, StringComparison.Ordinal);
        Assert.Contains("prebuilt client: Ada", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditingTheSpec_ChangesTheGeneratedApiOnTheNextBuild()
    {
        var feed = await PackageFeed.GetAsync();
        using var app = feed.CreateConsumer("SpecEdit");
        app.WriteProject(Framework, items: SpecItem);
        app.WriteFile("people.openapi.json", PeopleSpec(withDelete: false));
        app.WriteFile("Program.cs", CreateAndGet);
        var first = await app.BuildAsync();
        Assert.True(first.Succeeded, first.ToString());
        Assert.DoesNotContain("DeleteAsync", app.ReadGeneratedFile(Framework, "Consumer.People.PeopleClient.g.cs"), StringComparison.Ordinal);

        // Code that needs an operation the spec does not have yet does not compile...
        app.WriteFile("Program.cs", """
            using System;
            using Consumer.People.Models;

            var options = new CometChat.Rest.CometChatClientOptions { AppId = args[0], BaseUri = new Uri(args[1]), ApiKey = args[2] };
            using var people = new Consumer.People.CometChatClient(options);
            await people.People.CreateAsync(new CreatePersonRequest { Uid = "grace", Name = "Grace" });
            DeleteResult deleted = await people.People.DeleteAsync("grace");
            Console.WriteLine($"deleted: {deleted.Success}");
            """);
        var missing = await app.BuildAsync(restore: false);
        Assert.False(missing.Succeeded, missing.ToString());
        Assert.Contains("error CS1061", missing.Output, StringComparison.Ordinal);
        Assert.Contains("'DeleteAsync'", missing.Output, StringComparison.Ordinal);

        // ...until the spec gains it: the next build regenerates the client.
        app.WriteFile("people.openapi.json", PeopleSpec(withDelete: true));
        var second = await app.BuildAsync(restore: false);
        Assert.True(second.Succeeded, second.ToString());
        Assert.Contains("Consumer.People.Models.DeleteResult.g.cs", app.GeneratedFiles(Framework));

        await using var emulator = await CometChatEmulator.StartAsync();
        var run = await app.RunAsync(Framework, emulator.AppId, emulator.BaseUri.AbsoluteUri, emulator.RestApiKey);
        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("deleted: True", run.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A small spec of its own: one resource group over CometChat's users endpoints, with models named
    /// differently from the package's, optionally with a delete operation.
    /// </summary>
    private static string PeopleSpec(bool withDelete)
    {
        var deletePath = withDelete
            ? """
              ,
                    "delete": {
                      "tags": [ "People" ],
                      "operationId": "delete-person",
                      "x-cometchat-method": "Delete",
                      "parameters": [ { "name": "uid", "in": "path", "required": true, "x-cometchat-identifier": "uid", "schema": { "type": "string" } } ],
                      "responses": {
                        "200": { "description": "Confirmation.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DeleteResponse" } } } },
                        "default": { "$ref": "#/components/responses/Error" }
                      }
                    }
              """
            : string.Empty;
        var deleteSchemas = withDelete
            ? """
              ,
                    "DeleteResult": {
                      "type": "object",
                      "required": [ "success" ],
                      "properties": { "success": { "type": "boolean" }, "message": { "type": "string" } }
                    },
                    "DeleteResponse": {
                      "type": "object",
                      "x-cometchat-envelope": true,
                      "required": [ "data" ],
                      "properties": { "data": { "$ref": "#/components/schemas/DeleteResult" } }
                    }
              """
            : string.Empty;

        return """
            {
              "openapi": "3.0.3",
              "info": { "title": "People", "version": "1.0" },
              "servers": [ { "url": "https://{appId}.api-{region}.cometchat.io/v3" } ],
              "tags": [ { "name": "People", "description": "The people of an app.", "x-cometchat-group": "People" } ],
              "paths": {
                "/users": {
                  "post": {
                    "tags": [ "People" ],
                    "operationId": "create-person",
                    "x-cometchat-method": "Create",
                    "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CreatePersonRequest" } } } },
                    "responses": {
                      "200": { "description": "The person.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/PersonResponse" } } } },
                      "default": { "$ref": "#/components/responses/Error" }
                    }
                  }
                },
                "/users/{uid}": {
                  "get": {
                    "tags": [ "People" ],
                    "operationId": "get-person",
                    "x-cometchat-method": "Get",
                    "parameters": [ { "name": "uid", "in": "path", "required": true, "x-cometchat-identifier": "uid", "schema": { "type": "string" } } ],
                    "responses": {
                      "200": { "description": "The person.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/PersonResponse" } } } },
                      "default": { "$ref": "#/components/responses/Error" }
                    }
                  }
            """ + deletePath + """

                }
              },
              "components": {
                "responses": {
                  "Error": { "description": "CometChat's error body.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorResponse" } } } }
                },
                "schemas": {
                  "ErrorResponse": { "type": "object", "x-cometchat-runtime-type": "CometChat.Rest.CometChatError", "properties": { "error": { "type": "object" } } },
                  "Person": {
                    "type": "object",
                    "required": [ "uid", "name" ],
                    "properties": { "uid": { "type": "string", "x-cometchat-identifier": "uid" }, "name": { "type": "string" } }
                  },
                  "CreatePersonRequest": {
                    "type": "object",
                    "required": [ "uid", "name" ],
                    "properties": { "uid": { "type": "string", "x-cometchat-identifier": "uid" }, "name": { "type": "string" } }
                  },
                  "PersonResponse": {
                    "type": "object",
                    "x-cometchat-envelope": true,
                    "required": [ "data" ],
                    "properties": { "data": { "$ref": "#/components/schemas/Person" } }
                  }
            """ + deleteSchemas + """

                }
              }
            }
            """;
    }
}
