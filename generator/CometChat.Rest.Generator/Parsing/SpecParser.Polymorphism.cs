using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Generator.Diagnostics;
using CometChat.Rest.Generator.Model;

namespace CometChat.Rest.Generator.Parsing;

// Model inheritance (allOf with one base $ref) and discriminators: how CometChat's messages become a
// Message base class with TextMessage, MediaMessage, CustomMessage, ActionMessage... deriving from it.
internal sealed partial class SpecParser
{
    /// <summary>
    /// The <c>$ref</c> of a schema written as <c>allOf: [{$ref: Base}, {properties...}]</c>, or null when the
    /// schema does not derive from another. A single-member <c>allOf</c> without properties or discriminator is
    /// how specs attach a description to a reference, not a derived model.
    /// </summary>
    private JsonValue? FindBaseReference(JsonObjectValue node)
    {
        if (node.GetArray("allOf") is not { } allOf)
        {
            return null;
        }

        var references = allOf.Items.OfType<JsonObjectValue>().Select(item => item.GetProperty("$ref")).Where(r => r is not null).ToList();
        var hasOwnShape = allOf.Items.Count > references.Count || node["properties"] is not null || node["discriminator"] is not null;
        if (references.Count == 0 || !hasOwnShape)
        {
            return null;
        }

        if (references.Count > 1)
        {
            Report(DiagnosticDescriptors.InvalidPolymorphism, references[1]!.Value, "A schema can derive from one base only (one $ref in allOf); the other references are ignored");
        }

        return references[0]!.Value;
    }

    /// <summary>Links each derived schema to its base, dropping links that don't resolve to a model or that loop.</summary>
    private void ResolveBases()
    {
        foreach (var schema in _schemas.Values.Where(s => s.BaseReference is not null))
        {
            var target = (schema.BaseReference as JsonStringValue)?.Value;
            if (target is null || !target.StartsWith(SchemaPrefix, StringComparison.Ordinal)
                || !_schemas.TryGetValue(UnescapePointer(target.Substring(SchemaPrefix.Length)), out var baseSchema))
            {
                Report(DiagnosticDescriptors.UnresolvedReference, schema.BaseReference!, target ?? "$ref", $"schema '{schema.Name}' gets no base model");
                continue;
            }

            if (baseSchema.Kind != SchemaKind.Model)
            {
                Report(DiagnosticDescriptors.InvalidPolymorphism, schema.BaseReference!, $"Schema '{schema.Name}' derives from '{baseSchema.Name}', which is not an object schema with properties; it gets no base model");
                continue;
            }

            schema.BaseSchema = baseSchema.Name;
        }

        foreach (var schema in _schemas.Values.Where(s => s.BaseSchema is not null))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { schema.Name };
            for (var current = _schemas[schema.BaseSchema!]; current.BaseSchema is not null; current = _schemas[current.BaseSchema])
            {
                if (!seen.Add(current.Name))
                {
                    Report(DiagnosticDescriptors.InvalidPolymorphism, schema.BaseReference!, $"Schema '{schema.Name}' derives from itself through its bases; it gets no base model");
                    schema.BaseSchema = null;
                    break;
                }
            }
        }
    }

    /// <summary>The objects that declare a model's own properties: the schema itself and its inline allOf members.</summary>
    private static IEnumerable<JsonObjectValue> SchemaParts(SchemaInfo schema)
    {
        yield return schema.Node;
        if (schema.BaseReference is not null && schema.Node.GetArray("allOf") is { } allOf)
        {
            foreach (var part in allOf.Items.OfType<JsonObjectValue>().Where(item => item.GetProperty("$ref") is null))
            {
                yield return part;
            }
        }
    }

    /// <summary>A derived schema's description may sit in its inline allOf member.</summary>
    private static string? InlineDescription(SchemaInfo schema) =>
        SchemaParts(schema).Skip(1).Select(ReadDescription).FirstOrDefault(d => d is not null);

    /// <summary>Every property of the base models, root first.</summary>
    private List<PropertySpec> InheritedProperties(SchemaInfo schema)
    {
        var chain = new List<SchemaInfo>();
        for (var current = schema; current.BaseSchema is not null;)
        {
            current = _schemas[current.BaseSchema];
            chain.Add(current);
        }

        chain.Reverse();
        return chain.SelectMany(OwnProperties).ToList();
    }

    private ModelHierarchy BuildHierarchy(SchemaInfo schema)
    {
        var derived = _schemas.Values
            .Where(s => s.Kind == SchemaKind.Model && s.BaseSchema == schema.Name)
            .Select(s => s.CSharpName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToEquatableArray();
        var discriminator = ReadDiscriminator(schema);
        if (schema.BaseSchema is null && derived.Count == 0 && discriminator is null)
        {
            return ModelHierarchy.None;
        }

        return new ModelHierarchy(
            schema.BaseSchema is null ? null : _schemas[schema.BaseSchema].CSharpName,
            InheritedProperties(schema).ToEquatableArray(),
            derived,
            discriminator);
    }

    private DiscriminatorSpec? ReadDiscriminator(SchemaInfo schema)
    {
        var property = schema.Node.GetProperty("discriminator");
        if (property is null)
        {
            return null;
        }

        if (property.Value is not JsonObjectValue node || node.GetString("propertyName") is not { } jsonName)
        {
            Report(DiagnosticDescriptors.InvalidPolymorphism, property.Value, $"The discriminator of schema '{schema.Name}' needs a 'propertyName'; objects are read as '{schema.Name}' only");
            return null;
        }

        var discriminated = InheritedProperties(schema).Concat(OwnProperties(schema)).FirstOrDefault(p => p.JsonName == jsonName);
        if (discriminated is null || discriminated.Type.Kind is not (SpecTypeKind.String or SpecTypeKind.Enum))
        {
            var why = discriminated is null ? "is not a property of it or its bases" : "is not a string or string enum";
            Report(DiagnosticDescriptors.InvalidPolymorphism, node.GetProperty("propertyName")!.Value, $"Discriminator '{jsonName}' of schema '{schema.Name}' {why}; objects are read as '{schema.Name}' only");
            return null;
        }

        var cases = new List<DiscriminatorCase>();
        if (node.GetObject("mapping") is { } mapping)
        {
            foreach (var entry in mapping.Properties)
            {
                var target = (entry.Value as JsonStringValue)?.Value;
                if (target is null || !target.StartsWith(SchemaPrefix, StringComparison.Ordinal)
                    || !_schemas.TryGetValue(UnescapePointer(target.Substring(SchemaPrefix.Length)), out var mapped))
                {
                    Report(DiagnosticDescriptors.UnresolvedReference, entry.Value, target ?? "mapping", $"discriminator value '{entry.Name}' of schema '{schema.Name}' is read as '{schema.Name}'");
                    continue;
                }

                if (!DerivesFrom(mapped, schema))
                {
                    Report(DiagnosticDescriptors.InvalidPolymorphism, entry.Value, $"Discriminator value '{entry.Name}' maps to '{mapped.Name}', which does not derive from '{schema.Name}'; the value is read as '{schema.Name}'");
                    continue;
                }

                cases.Add(new DiscriminatorCase(entry.Name, mapped.CSharpName));
            }
        }
        else
        {
            // OpenAPI's implicit mapping: each derived schema's name is its discriminator value.
            cases.AddRange(_schemas.Values
                .Where(s => s.Kind == SchemaKind.Model && s.BaseSchema == schema.Name)
                .Select(s => new DiscriminatorCase(s.Name, s.CSharpName)));
        }

        return new DiscriminatorSpec(jsonName, discriminated.CSharpName, cases.ToEquatableArray());
    }

    private bool DerivesFrom(SchemaInfo schema, SchemaInfo ancestor)
    {
        for (var current = schema; current.BaseSchema is not null;)
        {
            current = _schemas[current.BaseSchema];
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
