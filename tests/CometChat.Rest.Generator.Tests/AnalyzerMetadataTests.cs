using CometChat.Rest.Generator.Tests.Infrastructure;
using static CometChat.Rest.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace CometChat.Rest.Generator.Tests;

/// <summary>The metadata analyzers read: known enum values and <c>x-cometchat-required-when</c>.</summary>
public class AnalyzerMetadataTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Metadata", "version": "1" },
          "paths": {},
          "components": {
            "schemas": {
              "Lock": { "type": "string", "enum": [ "open", "by_key" ] },
              "Door": {
                "type": "object",
                "properties": {
                  "lock": { "$ref": "#/components/schemas/Lock" },
                  "kind": { "type": "string" },
                  "key": { "type": "string", "x-cometchat-required-when": { "property": "lock", "value": "by_key" } },
                  "code": { "type": "string", "x-cometchat-required-when": { "property": "kind", "value": "coded" } }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public void EnumStructsListTheirKnownValues()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Empty(run.Diagnostics);
        RestCompiles(run);
        Assert.Contains("[CometChatKnownValues(\"open\", \"by_key\")]\n    public readonly partial struct Lock", run.Source("Snapshot.Client.Models.Lock.g.cs").Replace("\r\n", "\n"));
    }

    [Fact]
    public void RequiredWhenBecomesAnAttributeNamingTheSiblingsCSharpName()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Empty(run.Diagnostics);
        RestCompiles(run);
        var door = run.Source("Snapshot.Client.Models.Door.g.cs").Replace("\r\n", "\n");
        Assert.Contains("[CometChatRequiredWhen(nameof(Lock), \"by_key\")]\n        public string? Key { get; set; }", door);
        Assert.Contains("[CometChatRequiredWhen(nameof(Kind), \"coded\")]\n        public string? Code { get; set; }", door);
    }

    [Fact]
    public void RequiredWhenNamingAMissingOrNonStringPropertyIsReportedAndIgnored()
    {
        const string spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "Metadata", "version": "1" },
              "paths": {},
              "components": {
                "schemas": {
                  "Door": {
                    "type": "object",
                    "properties": {
                      "size": { "type": "integer" },
                      "key": { "type": "string", "x-cometchat-required-when": { "property": "lock", "value": "x" } },
                      "code": { "type": "string", "x-cometchat-required-when": { "property": "size", "value": "2" } },
                      "pin": { "type": "string", "x-cometchat-required-when": "size" }
                    }
                  }
                }
              }
            }
            """;

        var run = GeneratorHarness.Run(spec);

        var diagnostics = InOrder(run);
        Assert.Equal(3, diagnostics.Count);
        At(diagnostics[0], "CCG0007", PositionOf(spec, "{ \"property\": \"lock\""));
        At(diagnostics[1], "CCG0007", PositionOf(spec, "{ \"property\": \"size\""));
        At(diagnostics[2], "CCG0007", PositionOf(spec, "\"size\" }"));
        RestCompiles(run);
        Assert.DoesNotContain("CometChatRequiredWhen", run.Source("Snapshot.Client.Models.Door.g.cs"));
    }
}
