using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CometChat.Rest.Generator.Tests.Infrastructure;

namespace CometChat.Rest.Generator.Tests;

/// <summary>
/// allOf inheritance and discriminators: a message list comes back as TextMessage, MediaMessage, CustomMessage...
/// The generated code is compiled, loaded and run, so these tests check behaviour, not text.
/// </summary>
public class PolymorphismTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "t", "version": "1" },
          "paths": {},
          "components": {
            "schemas": {
              "MessageCategory": { "type": "string", "enum": ["message", "custom", "action"] },
              "Message": {
                "type": "object",
                "description": "Any message.",
                "required": ["id", "category", "type"],
                "properties": {
                  "id": { "type": "string" },
                  "category": { "$ref": "#/components/schemas/MessageCategory" },
                  "type": { "type": "string" },
                  "sentAt": { "type": "integer", "format": "unix-time" }
                },
                "discriminator": {
                  "propertyName": "category",
                  "mapping": {
                    "message": "#/components/schemas/StandardMessage",
                    "custom": "#/components/schemas/CustomMessage"
                  }
                }
              },
              "StandardMessage": {
                "description": "A message of category message.",
                "allOf": [ { "$ref": "#/components/schemas/Message" }, { "type": "object" } ],
                "discriminator": {
                  "propertyName": "type",
                  "mapping": {
                    "text": "#/components/schemas/TextMessage",
                    "image": "#/components/schemas/MediaMessage",
                    "video": "#/components/schemas/MediaMessage"
                  }
                }
              },
              "TextMessage": {
                "allOf": [
                  { "$ref": "#/components/schemas/StandardMessage" },
                  { "type": "object", "description": "A text message.", "required": ["data"], "properties": { "data": { "$ref": "#/components/schemas/TextData" } } }
                ]
              },
              "MediaMessage": {
                "allOf": [
                  { "$ref": "#/components/schemas/StandardMessage" },
                  { "type": "object", "properties": { "data": { "$ref": "#/components/schemas/MediaData" } } }
                ]
              },
              "CustomMessage": {
                "allOf": [
                  { "$ref": "#/components/schemas/Message" },
                  { "type": "object", "properties": { "data": { "type": "object", "properties": { "customData": { "type": "object" } } } } }
                ]
              },
              "TextData": { "type": "object", "required": ["text"], "properties": { "text": { "type": "string" } } },
              "MediaData": { "type": "object", "properties": { "url": { "type": "string" } } },
              "Thread": {
                "type": "object",
                "properties": { "messages": { "type": "array", "items": { "$ref": "#/components/schemas/Message" } } }
              }
            }
          }
        }
        """;

    private static readonly Lazy<Assembly> s_assembly = new(() => Compile(Spec));

    [Fact]
    public void Derived_models_inherit_and_only_leaves_are_sealed()
    {
        var run = GeneratorHarness.Run(Spec);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var message = run.Source("Snapshot.Client.Models.Message.g.cs");
        var standard = run.Source("Snapshot.Client.Models.StandardMessage.g.cs");
        var text = run.Source("Snapshot.Client.Models.TextMessage.g.cs");
        Assert.Contains("public partial class Message\n", message, StringComparison.Ordinal);
        Assert.Contains("AdditionalProperties", message, StringComparison.Ordinal);
        Assert.Contains("public partial class StandardMessage : Message\n", standard, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class TextMessage : StandardMessage\n", text, StringComparison.Ordinal);
        Assert.Contains("/// <summary>A text message.</summary>", text, StringComparison.Ordinal);
        Assert.Contains("<c>text</c> → <see cref=\"TextMessage\"/>, <c>image</c> or <c>video</c> → <see cref=\"MediaMessage\"/>", standard, StringComparison.Ordinal);
        Assert.DoesNotContain("AdditionalProperties {", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_the_base_reads_each_item_as_its_derived_model()
    {
        var thread = Read("Thread", """
            {"messages": [
              {"id": "1", "category": "message", "type": "text", "data": {"text": "hi"}},
              {"data": {"url": "https://x/a.png"}, "type": "image", "id": "2", "category": "message"},
              {"id": "3", "category": "custom", "type": "location", "data": {"customData": {"lat": 1}}},
              {"id": "4", "category": "message", "type": "sticker", "data": {"sticker": "s"}},
              {"id": "5", "category": "reaction", "type": "like", "data": {"emoji": "+1"}}
            ]}
            """);

        var messages = ((IEnumerable)Property(thread, "Messages")!).Cast<object>().ToList();

        Assert.Equal(["TextMessage", "MediaMessage", "CustomMessage", "StandardMessage", "Message"], messages.Select(m => m.GetType().Name));
        Assert.Equal("hi", Property(Property(messages[0], "Data")!, "Text"));
        Assert.Equal("https://x/a.png", Property(Property(messages[1], "Data")!, "Url"));
        Assert.Equal("2", Property(messages[1], "Id"));
    }

    [Fact]
    public void Unknown_categories_and_types_keep_their_members_and_write_back_unchanged()
    {
        const string json = """
            {"messages":[{"id":"4","category":"message","type":"sticker","data":{"sticker":"s"}},{"id":"5","category":"reaction","type":"like","data":{"emoji":"+1"},"sentAt":1700000000},{"id":"1","category":"message","type":"text","data":{"text":"hi","extra":true}},{"id":"3","category":"custom","type":"location","data":{"customData":{"lat":1}}}]}
            """;

        var thread = Read("Thread", json);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(Write("Thread", thread))));
    }

    [Fact]
    public void Reading_a_derived_model_directly_needs_no_discriminator()
    {
        var text = Read("TextMessage", """{"id": "1", "category": "message", "type": "text", "data": {"text": "hi"}}""");

        Assert.Equal("TextMessage", text.GetType().Name);
    }

    [Fact]
    public void A_missing_required_member_of_the_base_fails_the_derived_read()
    {
        var error = Assert.ThrowsAny<JsonException>(() => Read("Message", """{"category": "message", "type": "text", "data": {"text": "hi"}}"""));

        Assert.Contains("id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CCG0008_redeclaring_a_base_property()
    {
        var spec = SpecEdit.ReplaceAfter(Spec, "\"MediaMessage\": {", "\"properties\": {", "\"properties\": { \"id\": { \"type\": \"string\" },");

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "CCG0008", DiagnosticAssert.PositionOf(spec, "\"id\"", after: "\"MediaMessage\": {"));
        Assert.Contains("'MediaMessage' redeclares 'id'", DiagnosticAssert.Message(diagnostic), StringComparison.Ordinal);
        DiagnosticAssert.RestCompiles(run);
    }

    [Fact]
    public void CCG0008_mapping_to_a_model_that_does_not_derive()
    {
        var spec = Spec.Replace("\"custom\": \"#/components/schemas/CustomMessage\"", "\"custom\": \"#/components/schemas/TextData\"", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "CCG0008", DiagnosticAssert.PositionOf(spec, "\"#/components/schemas/TextData\""));
        Assert.Contains("'TextData', which does not derive from 'Message'", DiagnosticAssert.Message(diagnostic), StringComparison.Ordinal);
        DiagnosticAssert.RestCompiles(run);
    }

    [Fact]
    public void CCG0008_discriminator_that_is_not_a_string_property()
    {
        var spec = Spec.Replace("\"propertyName\": \"category\"", "\"propertyName\": \"sentAt\"", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "CCG0008", DiagnosticAssert.PositionOf(spec, "\"sentAt\"", after: "\"propertyName\""));
        Assert.Contains("is not a string or string enum", DiagnosticAssert.Message(diagnostic), StringComparison.Ordinal);
        DiagnosticAssert.RestCompiles(run);
    }

    [Fact]
    public void CCG0002_base_that_does_not_resolve()
    {
        var spec = SpecEdit.ReplaceAfter(Spec, "\"CustomMessage\": {", "#/components/schemas/Message\"", "#/components/schemas/Nope\"");

        var run = GeneratorHarness.Run(spec);

        Assert.Contains(run.Diagnostics, d => d.Id == "CCG0002" && DiagnosticAssert.Message(d).Contains("schema 'CustomMessage' gets no base model", StringComparison.Ordinal));
        DiagnosticAssert.RestCompiles(run);
    }

    [Fact]
    public void CCG0008_a_base_chain_that_loops()
    {
        var spec = Spec.Replace(
            "\"Message\": {\n        \"type\": \"object\",",
            "\"Message\": {\n        \"type\": \"object\",\n        \"allOf\": [ { \"$ref\": \"#/components/schemas/TextMessage\" } ],",
            StringComparison.Ordinal);
        Assert.NotEqual(Spec, spec);

        var run = GeneratorHarness.Run(spec);

        Assert.Contains(run.Diagnostics, d => d.Id == "CCG0008" && DiagnosticAssert.Message(d).Contains("derives from itself", StringComparison.Ordinal));
        DiagnosticAssert.RestCompiles(run);
    }

    private static object Read(string model, string json) =>
        JsonSerializer.Deserialize(json, ModelType(model), Options())!;

    private static string Write(string model, object value) =>
        JsonSerializer.Serialize(value, ModelType(model), Options());

    private static Type ModelType(string name) => s_assembly.Value.GetType($"{GeneratorHarness.Namespace}.Models.{name}", throwOnError: true)!;

    private static JsonSerializerOptions Options()
    {
        var resolver = s_assembly.Value.GetType($"{GeneratorHarness.Namespace}.Serialization.CometChatJsonTypeInfoResolver", throwOnError: true)!;
        return new JsonSerializerOptions { TypeInfoResolver = (IJsonTypeInfoResolver)resolver.GetProperty("Instance")!.GetValue(null)! };
    }

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);

    private static Assembly Compile(string spec)
    {
        var run = GeneratorHarness.Run(spec);
        using var stream = new MemoryStream();
        var result = run.Output.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("polymorphism", isCollectible: true).LoadFromStream(stream);
    }
}
