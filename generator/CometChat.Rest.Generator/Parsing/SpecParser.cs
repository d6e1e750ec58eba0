using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using CometChat.Rest.Generator.Diagnostics;
using CometChat.Rest.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CometChat.Rest.Generator.Parsing;

/// <summary>The spec file as the pipeline sees it: where it is, what it says, which namespace to emit into.</summary>
internal sealed record SpecInput(string Path, string Namespace, string Content);

/// <summary>What parsing one spec produced: the model (whatever was valid) and the problems found.</summary>
internal sealed record ParseResult(SpecModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads an OpenAPI 3.0 document into a <see cref="SpecModel"/>. It never throws on bad input: each problem
/// becomes a diagnostic pointing into the JSON, the affected piece is skipped, and the rest is still modelled.
/// </summary>
internal sealed partial class SpecParser
{
    private const string SchemaPrefix = "#/components/schemas/";

    private readonly SpecInput _input;
    // Rented, like the tree's tokens: a 1 MB spec would otherwise put two large objects on the heap per parse.
    private readonly byte[] _utf8;
    private readonly int _utf8Length;
    private JsonTree? _tree;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, SchemaInfo> _schemas = new(StringComparer.Ordinal);
    private readonly HashSet<string> _validatedModels = new(StringComparer.Ordinal);
    private SourceText? _sourceText;
    private JsonObjectValue _components = new();

    private SpecParser(SpecInput input, CancellationToken cancellationToken)
    {
        _input = input;
        _utf8 = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetByteCount(input.Content)));
        _utf8Length = Encoding.UTF8.GetBytes(input.Content, 0, input.Content.Length, _utf8, 0);
        _cancellationToken = cancellationToken;
    }

    private enum SchemaKind
    {
        Model,
        Enum,
        Envelope,
        Runtime,
        Alias,
    }

    public static ParseResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var parser = new SpecParser(input, cancellationToken);
        try
        {
            var model = parser.ParseDocument();
            return new ParseResult(model, parser._diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug here must not become the compiler's opaque CS8785: say which spec and what failed.
            parser.Report(DiagnosticDescriptors.InternalError, 0, 0, ex.GetType().Name + ": " + ex.Message);
            return new ParseResult(SpecModel.Empty(input.Namespace), parser._diagnostics.ToEquatableArray());
        }
        finally
        {
            // The model holds no part of the tree, so its buffers can go back now.
            parser._tree?.Dispose();
            ArrayPool<byte>.Shared.Return(parser._utf8);
        }
    }

    private SpecModel ParseDocument()
    {
        JsonValue document;
        try
        {
            _tree = JsonTree.Read(_utf8, _utf8Length);
            document = _tree.Root;
        }
        catch (JsonException ex)
        {
            ReportMalformed(ex);
            return SpecModel.Empty(_input.Namespace);
        }

        if (document is not JsonObjectValue root)
        {
            Report(DiagnosticDescriptors.MissingPiece, document, "The spec must be a JSON object with 'openapi', 'info' and 'paths'");
            return SpecModel.Empty(_input.Namespace);
        }

        CheckVersion(root);
        _components = root.GetObject("components") ?? _components;

        var clientName = ReadClientName(root);
        var prefix = clientName.EndsWith("Client", StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;

        CollectSchemas();
        var models = MarkFormBodies(LinkNestedValidation(BuildModels(FindRequestBodySchemas(root))), root);
        foreach (var model in models.Where(m => m.HasValidation))
        {
            _validatedModels.Add(model.Name);
        }

        var enums = BuildEnums();
        var groups = BuildGroups(root);
        var errorCodes = BuildErrorCodes(root, prefix);

        var serializable = models.Select(m => m.Name).Concat(enums.Select(e => e.Name)).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();
        var rootSpec = new RootClientSpec(
            _input.Namespace,
            clientName,
            prefix,
            groups.Select(g => new GroupRef(g.Name, g.Description)).ToEquatableArray(),
            serializable);

        return new SpecModel(rootSpec, models.ToEquatableArray(), enums.ToEquatableArray(), groups.ToEquatableArray(), errorCodes);
    }

    private void CheckVersion(JsonObjectValue root)
    {
        var version = root.GetProperty("openapi");
        if (version is null)
        {
            var swagger = root.GetProperty("swagger");
            if (swagger is not null)
            {
                Report(DiagnosticDescriptors.Unsupported, swagger.Value, "Swagger 2.0", "convert the document to OpenAPI 3.0");
            }
            else
            {
                Report(DiagnosticDescriptors.MissingPiece, root, "The spec has no 'openapi' version; OpenAPI 3.0 is expected");
            }
        }
        else if (version.Value is not JsonStringValue { Value: var v } || !v.StartsWith("3.", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.Unsupported, version.Value, "An 'openapi' version other than 3.x", "the document is read as OpenAPI 3.0");
        }

        if (root["paths"] is not JsonObjectValue)
        {
            Report(DiagnosticDescriptors.MissingPiece, root, "The spec has no 'paths' object, so no operations are generated");
        }
    }

    private string ReadClientName(JsonObjectValue root)
    {
        var property = root.GetProperty("x-cometchat-client-name");
        if (property is null)
        {
            return "CometChatClient";
        }

        if (property.Value is JsonStringValue { Value: var name } && Names.IsValidIdentifier(name))
        {
            return name;
        }

        Report(DiagnosticDescriptors.InvalidExtension, property.Value, "x-cometchat-client-name must be a C# identifier; 'CometChatClient' is used");
        return "CometChatClient";
    }

    // ---- Schemas ------------------------------------------------------------------------------------------

    private sealed class SchemaInfo
    {
        public SchemaInfo(string name, string csharpName, SchemaKind kind, JsonObjectValue node)
        {
            Name = name;
            CSharpName = csharpName;
            Kind = kind;
            Node = node;
        }

        public string Name { get; }

        public string CSharpName { get; }

        public SchemaKind Kind { get; }

        public JsonObjectValue Node { get; }

        public TypeSpec? AliasType { get; set; }

        /// <summary>For a model declared as <c>allOf: [{$ref: Base}, {...}]</c>: the base schema's name.</summary>
        public string? BaseSchema { get; set; }

        /// <summary>Where the base <c>$ref</c> is, for diagnostics.</summary>
        public JsonValue? BaseReference { get; set; }

        /// <summary>The properties the model declares itself, once built.</summary>
        public EquatableArray<PropertySpec>? OwnProperties { get; set; }

        public bool Resolving { get; set; }
    }

    private void CollectSchemas()
    {
        var schemas = _components.GetObject("schemas");
        if (schemas is null)
        {
            return;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in schemas.Properties)
        {
            if (property.Value is not JsonObjectValue node)
            {
                Report(DiagnosticDescriptors.MissingPiece, property.Value, $"Schema '{property.Name}' must be a JSON object");
                continue;
            }

            SchemaKind kind;
            var baseReference = FindBaseReference(node);
            if (node.GetProperty("x-cometchat-runtime-type") is not null)
            {
                kind = SchemaKind.Runtime;
            }
            else if (node.GetBoolean("x-cometchat-envelope") == true)
            {
                kind = SchemaKind.Envelope;
            }
            else if (baseReference is not null)
            {
                kind = SchemaKind.Model;
            }
            else if (node.GetString("type") == "string" && node["enum"] is JsonArrayValue)
            {
                kind = SchemaKind.Enum;
            }
            else if (node.GetString("type") == "object" || node["properties"] is JsonObjectValue)
            {
                // A schema with no properties of its own is free-form JSON, not a model.
                kind = node["properties"] is JsonObjectValue { Properties.Count: > 0 } ? SchemaKind.Model : SchemaKind.Alias;
            }
            else
            {
                kind = SchemaKind.Alias;
            }

            var csharpName = kind is SchemaKind.Model or SchemaKind.Enum ? Names.Unique(Names.ToPascalCase(property.Name), taken) : property.Name;
            _schemas[property.Name] = new SchemaInfo(property.Name, csharpName, kind, node)
            {
                BaseReference = kind == SchemaKind.Model ? baseReference : null,
            };
        }

        ResolveBases();
    }

    /// <summary>The schemas operations send as bodies; only those (and what they hold) get client-side validation.</summary>
    private HashSet<string> FindRequestBodySchemas(JsonObjectValue root) =>
        new(RequestBodySchemaReferences(root).Select(r => r.Schema), StringComparer.Ordinal);

    /// <summary>Each media type of each request body that is a <c>$ref</c> to a component schema, with the schema's name.</summary>
    private IEnumerable<(string MediaType, string Schema)> RequestBodySchemaReferences(JsonObjectValue root)
    {
        foreach (var path in (root["paths"] as JsonObjectValue)?.Properties ?? Array.Empty<JsonProperty>())
        {
            foreach (var operation in (path.Value as JsonObjectValue)?.Properties ?? Array.Empty<JsonProperty>())
            {
                var body = (operation.Value as JsonObjectValue)?.GetObject("requestBody");
                if (body?.GetString("$ref") is { } bodyReference && bodyReference.StartsWith("#/components/requestBodies/", StringComparison.Ordinal))
                {
                    body = _components.GetObject("requestBodies")?.GetObject(UnescapePointer(bodyReference.Substring("#/components/requestBodies/".Length)));
                }

                foreach (var content in body?.GetObject("content")?.Properties ?? Array.Empty<JsonProperty>())
                {
                    var reference = (content.Value as JsonObjectValue)?.GetObject("schema")?.GetString("$ref");
                    if (reference is not null && reference.StartsWith(SchemaPrefix, StringComparison.Ordinal))
                    {
                        yield return (content.Name, UnescapePointer(reference.Substring(SchemaPrefix.Length)));
                    }
                }
            }
        }
    }

    private List<ModelSpec> BuildModels(HashSet<string> requestBodies)
    {
        var models = new List<ModelSpec>();
        foreach (var schema in _schemas.Values.Where(s => s.Kind == SchemaKind.Model))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            models.Add(new ModelSpec(
                _input.Namespace,
                schema.CSharpName,
                ReadDescription(schema.Node) ?? InlineDescription(schema),
                OwnProperties(schema),
                schema.Node.GetBoolean("deprecated") == true,
                requestBodies.Contains(schema.Name),
                BuildHierarchy(schema)));
        }

        models.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return models;
    }

    /// <summary>The properties a model schema declares itself, named so they don't clash with its base's.</summary>
    private EquatableArray<PropertySpec> OwnProperties(SchemaInfo schema)
    {
        if (schema.OwnProperties is { } known)
        {
            return known;
        }

        var inherited = InheritedProperties(schema);
        var inheritedJson = new HashSet<string>(inherited.Select(p => p.JsonName), StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal) { "AdditionalProperties", "Validate" };
        taken.UnionWith(inherited.Select(p => p.CSharpName));

        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in SchemaParts(schema))
        {
            required.UnionWith(ReadRequired(part));
        }

        var properties = new List<PropertySpec>();
        var conditions = new List<(int Index, JsonProperty Extension)>();
        foreach (var property in SchemaParts(schema).SelectMany(part => part.GetObject("properties")?.Properties ?? Array.Empty<JsonProperty>()))
        {
            if (property.Value is not JsonObjectValue propertyNode)
            {
                Report(DiagnosticDescriptors.MissingPiece, property.Value, $"Property '{property.Name}' of schema '{schema.Name}' must be a schema object");
                continue;
            }

            if (inheritedJson.Contains(property.Name))
            {
                Report(DiagnosticDescriptors.InvalidPolymorphism, property.NameStart, property.NameLength, $"Schema '{schema.Name}' redeclares '{property.Name}', which its base already declares; the base's declaration is used");
                continue;
            }

            var type = ResolveType(propertyNode, $"property '{property.Name}' of schema '{schema.Name}'");
            // C# forbids a member named like its class; x-cometchat-name picks a better name than this fallback.
            var csharpName = ReadCSharpName(propertyNode, property.Name, pascal: true);
            csharpName = Names.Unique(csharpName == schema.CSharpName ? csharpName + "Value" : csharpName, taken);
            var isRequired = required.Contains(property.Name);
            var isNullable = propertyNode.GetBoolean("nullable") == true || !isRequired;
            properties.Add(new PropertySpec(
                property.Name,
                csharpName,
                type,
                isRequired,
                isNullable,
                ReadDescription(propertyNode),
                ReadConstraints(propertyNode),
                propertyNode.GetBoolean("deprecated") == true));
            if (propertyNode.GetProperty("x-cometchat-required-when") is { } condition)
            {
                conditions.Add((properties.Count - 1, condition));
            }
        }

        // Siblings are known only once every property is read.
        foreach (var (index, extension) in conditions)
        {
            if (ReadRequiredWhen(extension, inherited.Concat(properties)) is { } requiredWhen)
            {
                properties[index] = properties[index] with { RequiredWhen = requiredWhen };
            }
        }

        schema.OwnProperties = properties.ToEquatableArray();
        return schema.OwnProperties;
    }

    /// <summary>
    /// Marks the models sent inside request bodies as sent too, and which of their properties hold models with
    /// limits, so that a body's <c>Validate</c> reaches <c>request.Data.Attachments[2].Url</c>.
    /// </summary>
    private static List<ModelSpec> LinkNestedValidation(List<ModelSpec> models)
    {
        var byName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var sent = new HashSet<string>(models.Where(m => m.IsRequestBody).Select(m => m.Name), StringComparer.Ordinal);
        var pending = new Queue<string>(sent);
        while (pending.Count > 0)
        {
            foreach (var property in byName[pending.Dequeue()].Properties)
            {
                if (NestedModelName(property.Type) is { } child && byName.ContainsKey(child) && sent.Add(child))
                {
                    pending.Enqueue(child);
                }
            }
        }

        // A model validates when it has limits of its own or holds one that validates; models can hold each
        // other, so this runs to a fixed point.
        var validating = new HashSet<string>(sent.Where(name => byName[name].HasOwnGuards), StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var name in sent.Where(n => !validating.Contains(n)).ToList())
            {
                if (byName[name].Properties.Any(p => NestedModelName(p.Type) is { } child && validating.Contains(child)))
                {
                    validating.Add(name);
                    changed = true;
                }
            }
        }

        return models
            .Select(model => !sent.Contains(model.Name) ? model : model with
            {
                IsRequestBody = true,
                NestedValidation = model.Properties
                    .Where(p => NestedModelName(p.Type) is { } child && validating.Contains(child))
                    .Select(p => p.CSharpName)
                    .ToEquatableArray(),
            })
            .ToList();
    }

    /// <summary>Marks the models operations send as <c>multipart/form-data</c>, which get a <c>ToForm</c> method.</summary>
    private List<ModelSpec> MarkFormBodies(List<ModelSpec> models, JsonObjectValue root)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (mediaType, schema) in RequestBodySchemaReferences(root))
        {
            if (IsMultipartForm(mediaType) && _schemas.TryGetValue(schema, out var info) && info.Kind == SchemaKind.Model)
            {
                forms.Add(info.CSharpName);
            }
        }

        ReportFilesOutsideForms(models, forms);
        return forms.Count == 0 ? models : models.Select(m => forms.Contains(m.Name) ? m with { IsFormBody = true } : m).ToList();
    }

    /// <summary>A file property only works in a model sent as <c>multipart/form-data</c>; as JSON it cannot be written.</summary>
    private void ReportFilesOutsideForms(List<ModelSpec> models, HashSet<string> forms)
    {
        foreach (var model in models.Where(m => !forms.Contains(m.Name)))
        {
            foreach (var property in model.Properties.Where(p => IsFile(p.Type)))
            {
                var schema = _schemas.Values.First(s => s.Kind == SchemaKind.Model && s.CSharpName == model.Name);
                var node = schema.Node.GetObject("properties")!.GetProperty(property.JsonName)!;
                Report(
                    DiagnosticDescriptors.Unsupported,
                    node.NameStart,
                    node.NameLength,
                    $"A file (format: binary) in schema '{schema.Name}', which no multipart/form-data body sends,",
                    $"{model.Name}.{property.CSharpName} is kept, but reading or writing it as JSON throws");
            }
        }
    }

    /// <summary>The model a property holds, alone or as the items of a list or map.</summary>
    private static string? NestedModelName(TypeSpec type) => type.Kind switch
    {
        SpecTypeKind.Model => type.Name,
        SpecTypeKind.List or SpecTypeKind.Map when type.Element!.Kind == SpecTypeKind.Model => type.Element.Name,
        _ => null,
    };

    private List<EnumSpec> BuildEnums()
    {
        var enums = new List<EnumSpec>();
        foreach (var schema in _schemas.Values.Where(s => s.Kind == SchemaKind.Enum))
        {
            var taken = new HashSet<string>(StringComparer.Ordinal) { "Value", "IsKnown", schema.CSharpName };
            var values = new List<EnumValueSpec>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var descriptions = schema.Node.GetObject("x-cometchat-enum-descriptions");
            foreach (var item in schema.Node.GetArray("enum")!.Items)
            {
                if (item is not JsonStringValue { Value: var value })
                {
                    Report(DiagnosticDescriptors.Unsupported, item, $"A non-string value in enum '{schema.Name}'", "the value is left out");
                    continue;
                }

                if (seen.Add(value))
                {
                    values.Add(new EnumValueSpec(value, Names.Unique(Names.ToPascalCase(value), taken), descriptions?.GetString(value)));
                }
            }

            enums.Add(new EnumSpec(_input.Namespace, schema.CSharpName, ReadDescription(schema.Node), values.ToEquatableArray()));
        }

        enums.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return enums;
    }

    /// <summary>Maps a schema to the C# type that carries it, reporting what cannot be mapped.</summary>
    /// <param name="schema">The schema object.</param>
    /// <param name="where">What the schema describes, for messages.</param>
    /// <param name="unresolved">What happens when a <c>$ref</c> does not resolve, for the message; untyped JSON by default.</param>
    private TypeSpec ResolveType(JsonObjectValue schema, string where, string? unresolved = null)
    {
        if (schema.GetProperty("$ref") is { } reference)
        {
            return ResolveSchemaReference(reference, where, unresolved);
        }

        // allOf with one member is how specs attach a description to a $ref.
        if (schema.GetArray("allOf") is { Items.Count: 1 } allOf && allOf.Items[0] is JsonObjectValue single)
        {
            return ResolveType(single, where, unresolved);
        }

        foreach (var composition in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema.GetProperty(composition) is { } property)
            {
                Report(DiagnosticDescriptors.Unsupported, property.NameStart, property.NameLength, $"'{composition}' in {where}", "the value is kept as untyped JSON (JsonNode)");
                return TypeSpec.JsonNode;
            }
        }

        var format = schema.GetString("format");
        switch (schema.GetString("type"))
        {
            case "string":
                // format: byte (base64) stays a string; binary is a file, which only a multipart body can carry.
                return format == "binary" ? new TypeSpec(SpecTypeKind.Binary) : TypeSpec.String;
            case "integer":
                return format switch
                {
                    "unix-time" => new TypeSpec(SpecTypeKind.UnixTime),
                    "int64" => new TypeSpec(SpecTypeKind.Int64),
                    _ => new TypeSpec(SpecTypeKind.Int32),
                };
            case "number":
                return format == "unix-time" ? new TypeSpec(SpecTypeKind.UnixTime) : new TypeSpec(SpecTypeKind.Double);
            case "boolean":
                return new TypeSpec(SpecTypeKind.Boolean);
            case "array":
                if (schema.GetObject("items") is not { } items)
                {
                    return new TypeSpec(SpecTypeKind.List, Element: TypeSpec.JsonNode);
                }

                var element = ResolveType(items, where);
                if (element.Kind is SpecTypeKind.List or SpecTypeKind.Map)
                {
                    // A list of lists has no converter of its own yet; the inner lists stay JSON.
                    element = TypeSpec.JsonNode;
                }

                return new TypeSpec(SpecTypeKind.List, Element: element);
            case "object":
            case null when schema["properties"] is not null:
                if (schema.GetObject("additionalProperties") is { Properties.Count: > 0 } additional)
                {
                    var value = ResolveType(additional, where);
                    return new TypeSpec(SpecTypeKind.Map, Element: value.Kind is SpecTypeKind.List or SpecTypeKind.Map ? TypeSpec.JsonNode : value);
                }

                return new TypeSpec(SpecTypeKind.JsonObject);
            default:
                return TypeSpec.JsonNode;
        }
    }

    private TypeSpec ResolveSchemaReference(JsonProperty reference, string where, string? unresolved)
    {
        var target = reference.Value is JsonStringValue s ? s.Value : null;
        if (target is null || !target.StartsWith(SchemaPrefix, StringComparison.Ordinal)
            || !_schemas.TryGetValue(UnescapePointer(target.Substring(SchemaPrefix.Length)), out var schema))
        {
            Report(DiagnosticDescriptors.UnresolvedReference, reference.Value, target ?? "$ref", unresolved ?? $"{where} is kept as untyped JSON (JsonNode)");
            return TypeSpec.JsonNode;
        }

        switch (schema.Kind)
        {
            case SchemaKind.Model:
                return new TypeSpec(SpecTypeKind.Model, schema.CSharpName);
            case SchemaKind.Enum:
                return new TypeSpec(SpecTypeKind.Enum, schema.CSharpName);
            case SchemaKind.Alias:
                if (schema.AliasType is null)
                {
                    if (schema.Resolving)
                    {
                        return TypeSpec.JsonNode;
                    }

                    schema.Resolving = true;
                    schema.AliasType = ResolveType(schema.Node, $"schema '{schema.Name}'");
                    schema.Resolving = false;
                }

                return schema.AliasType;
            default:
                // Envelopes and runtime types are not models of their own.
                return TypeSpec.JsonNode;
        }
    }

    private static HashSet<string> ReadRequired(JsonObjectValue schema)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (schema.GetArray("required") is { } array)
        {
            foreach (var item in array.Items)
            {
                if (item is JsonStringValue s)
                {
                    required.Add(s.Value);
                }
            }
        }

        return required;
    }

    private Constraints ReadConstraints(JsonObjectValue schema)
    {
        var items = schema.GetObject("items");
        var identifier = ReadIdentifierKind(schema);
        var minLength = ToInt(schema.GetInteger("minLength"));
        var maxLength = ToInt(schema.GetInteger("maxLength"));
        var minimum = schema.GetInteger("minimum");
        var maximum = schema.GetInteger("maximum");
        var maxItems = ToInt(schema.GetInteger("maxItems"));
        var itemIdentifier = items is null ? null : ReadIdentifierKind(items);
        var itemMaxLength = items is null ? null : ToInt(items.GetInteger("maxLength"));

        // Most properties have no limits: share one instance rather than allocate an empty one each (a pattern alone
        // is documentation, not a checked limit).
        if (identifier is null && minLength is null && maxLength is null && minimum is null && maximum is null
            && maxItems is null && itemIdentifier is null && itemMaxLength is null)
        {
            return Constraints.None;
        }

        return new Constraints(identifier, minLength, maxLength, minimum, maximum, maxItems, itemIdentifier, itemMaxLength, schema.GetString("pattern"));
    }

    private RequiredWhenSpec? ReadRequiredWhen(JsonProperty extension, IEnumerable<PropertySpec> siblings)
    {
        if (extension.Value is JsonObjectValue condition
            && condition.GetString("property") is { } jsonName
            && condition.GetString("value") is { } value)
        {
            var sibling = siblings.FirstOrDefault(p => p.JsonName == jsonName);
            if (sibling is not null && sibling.Type.Kind is SpecTypeKind.String or SpecTypeKind.Enum)
            {
                return new RequiredWhenSpec(sibling.CSharpName, value);
            }

            Report(DiagnosticDescriptors.InvalidExtension, extension.Value, $"x-cometchat-required-when names '{jsonName}', which is not a string or enum property of the same schema; the condition is ignored");
            return null;
        }

        Report(DiagnosticDescriptors.InvalidExtension, extension.Value, "x-cometchat-required-when must be an object {\"property\": name, \"value\": text}; the condition is ignored");
        return null;
    }

    private string? ReadIdentifierKind(JsonObjectValue schema)
    {
        var property = schema.GetProperty("x-cometchat-identifier");
        if (property is null)
        {
            return null;
        }

        if (property.Value is JsonStringValue { Value: "uid" or "guid" or "role" } kind)
        {
            return kind.Value;
        }

        Report(DiagnosticDescriptors.InvalidExtension, property.Value, "x-cometchat-identifier must be 'uid', 'guid' or 'role'; the value is not checked");
        return null;
    }

    private string ReadCSharpName(JsonObjectValue node, string jsonName, bool pascal)
    {
        var property = node.GetProperty("x-cometchat-name");
        if (property is not null)
        {
            if (property.Value is JsonStringValue { Value: var name } && Names.IsValidIdentifier(name))
            {
                return pascal ? Names.ToPascalCase(name) : Names.ToCamelCase(name);
            }

            Report(DiagnosticDescriptors.InvalidExtension, property.Value, "x-cometchat-name must be a C# identifier; the name is derived from the JSON name");
        }

        return pascal ? Names.ToPascalCase(jsonName) : Names.ToCamelCase(jsonName);
    }

    private static string? ReadDescription(JsonObjectValue node)
    {
        var text = node.GetString("description") ?? node.GetString("summary") ?? node.GetString("title");
        return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }

    private static int? ToInt(long? value) => value is null ? null : (int)Math.Min(int.MaxValue, Math.Max(int.MinValue, value.Value));

    private static string UnescapePointer(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    // ---- Error codes --------------------------------------------------------------------------------------

    private ErrorCodesSpec BuildErrorCodes(JsonObjectValue root, string prefix)
    {
        var codes = new List<ErrorCodeSpec>();
        var property = root.GetProperty("x-cometchat-error-codes");
        if (property?.Value is JsonArrayValue array)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in array.Items)
            {
                if (item is not JsonObjectValue entry || entry.GetString("code") is not { Length: > 0 } code)
                {
                    Report(DiagnosticDescriptors.InvalidExtension, item, "Each x-cometchat-error-codes entry needs a 'code' string; the entry is skipped");
                    continue;
                }

                var name = code.StartsWith("AUTH_ERR_", StringComparison.Ordinal) ? "Auth_" + code.Substring("AUTH_ERR_".Length)
                    : code.StartsWith("ERR_", StringComparison.Ordinal) ? code.Substring("ERR_".Length)
                    : code;
                var chosen = entry.GetProperty("name");
                if (chosen is not null)
                {
                    if (chosen.Value is JsonStringValue { Value: var value } && Names.IsValidIdentifier(value))
                    {
                        name = value;
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.InvalidExtension, chosen.Value, $"The name of error code {code} must be a C# identifier; it is derived from the code");
                    }
                }

                codes.Add(new ErrorCodeSpec(code, Names.Unique(Names.ToPascalCase(name), taken), ToInt(entry.GetInteger("status")), entry.GetString("description")));
            }
        }
        else if (property is not null)
        {
            Report(DiagnosticDescriptors.InvalidExtension, property.Value, "x-cometchat-error-codes must be an array of {code, status, description}");
        }

        return new ErrorCodesSpec(_input.Namespace, prefix, codes.ToEquatableArray());
    }

    // ---- Diagnostics --------------------------------------------------------------------------------------

    private void Report(DiagnosticDescriptor descriptor, JsonValue at, params string[] arguments) =>
        Report(descriptor, at.Start, at.Length, arguments);

    private void Report(DiagnosticDescriptor descriptor, int byteStart, int byteLength, params string[] arguments)
    {
        var text = _sourceText ??= SourceText.From(_input.Content);
        var start = CharOffset(byteStart);
        var end = CharOffset(byteStart + byteLength);
        var span = TextSpan.FromBounds(start, Math.Max(start, end));
        _diagnostics.Add(new DiagnosticInfo(descriptor, _input.Path, span, text.Lines.GetLinePositionSpan(span), arguments.ToEquatableArray()));
    }

    private void ReportMalformed(JsonException ex)
    {
        // The reader counts lines from 0 and columns in bytes; turn the column into characters.
        var text = _sourceText ??= SourceText.From(_input.Content);
        var lineNumber = (int)Math.Min(ex.LineNumber ?? 0, text.Lines.Count - 1);
        var line = text.Lines[Math.Max(0, lineNumber)];
        var lineBytes = Encoding.UTF8.GetBytes(text.ToString(line.Span));
        var column = Encoding.UTF8.GetCharCount(lineBytes, 0, (int)Math.Min(ex.BytePositionInLine ?? 0, lineBytes.Length));
        var start = line.Start + column;
        var span = new TextSpan(start, start < line.End ? 1 : 0);
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message.Substring(0, cut);
        }

        _diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.MalformedJson, _input.Path, span, text.Lines.GetLinePositionSpan(span), new[] { message }.ToEquatableArray()));
    }

    private int CharOffset(int byteOffset)
    {
        byteOffset = Math.Max(0, Math.Min(byteOffset, _utf8Length));

        // Most specs are ASCII, where bytes and characters line up.
        return _utf8Length == _input.Content.Length ? byteOffset : Encoding.UTF8.GetCharCount(_utf8, 0, byteOffset);
    }
}
