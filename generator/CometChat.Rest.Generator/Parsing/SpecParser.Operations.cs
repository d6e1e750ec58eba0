using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CometChat.Rest.Generator.Diagnostics;
using CometChat.Rest.Generator.Model;

namespace CometChat.Rest.Generator.Parsing;

internal sealed partial class SpecParser
{
    private static readonly string[] s_methods = { "get", "put", "post", "delete", "patch" };
    private static readonly char[] s_slash = { '/' };
    private static readonly Regex s_pathParameter = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    // Parameter names the generated method declares itself.
    private static readonly HashSet<string> s_reservedParameterNames = new(StringComparer.Ordinal) { "request", "options", "cancellationToken", "page" };

    private List<GroupSpec> BuildGroups(JsonObjectValue root)
    {
        var tags = ReadTags(root);
        var operationsByGroup = new Dictionary<string, List<OperationSpec>>(StringComparer.Ordinal);
        var groupOrder = new List<string>();
        var methodNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var operationIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var signatures = new Dictionary<string, (string Display, int Offset)>(StringComparer.Ordinal);

        if (root["paths"] is JsonObjectValue paths)
        {
            foreach (var path in paths.Properties)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (path.Value is not JsonObjectValue pathItem)
                {
                    Report(DiagnosticDescriptors.MissingPiece, path.Value, $"Path '{path.Name}' must map to an object of operations");
                    continue;
                }

                foreach (var entry in pathItem.Properties)
                {
                    if (Array.IndexOf(s_methods, entry.Name) < 0)
                    {
                        if (entry.Name is "head" or "options" or "trace")
                        {
                            Report(DiagnosticDescriptors.Unsupported, entry.NameStart, entry.NameLength, $"The HTTP method '{entry.Name}'", "the operation is skipped");
                        }

                        continue;
                    }

                    if (entry.Value is not JsonObjectValue operationNode)
                    {
                        Report(DiagnosticDescriptors.MissingPiece, entry.Value, $"{entry.Name.ToUpperInvariant()} {path.Name} must be an operation object");
                        continue;
                    }

                    // Duplicates are found before the operation is parsed, so that both defects are reported
                    // even when the first operation is skipped for another reason.
                    var signature = entry.Name.ToUpperInvariant() + " " + s_pathParameter.Replace(path.Name, "{}");
                    if (signatures.TryGetValue(signature, out var first))
                    {
                        Report(DiagnosticDescriptors.DuplicatePathSignature, entry.NameStart, entry.NameLength, entry.Name.ToUpperInvariant(), path.Name, first.Display, LineOf(first.Offset));
                        continue;
                    }

                    signatures[signature] = ($"{entry.Name.ToUpperInvariant()} {path.Name}", entry.NameStart);

                    var operationIdNode = operationNode.GetProperty("operationId");
                    var operationId = operationNode.GetString("operationId") ?? entry.Name + path.Name;
                    if (operationIdNode is not null)
                    {
                        if (operationIds.TryGetValue(operationId, out var firstId))
                        {
                            Report(DiagnosticDescriptors.DuplicateOperation, operationIdNode.Value, $"operationId '{operationId}'", LineOf(firstId));
                            continue;
                        }

                        operationIds[operationId] = operationIdNode.Value.Start;
                    }

                    var operation = ParseOperation(path, pathItem, entry.Name, operationNode, operationId, tags);
                    if (operation is null)
                    {
                        continue;
                    }

                    var key = operation.Group + "." + operation.MethodName;
                    var methodNode = operationNode.GetProperty("x-cometchat-method")?.Value ?? operationIdNode?.Value ?? entry.Value;
                    if (methodNames.TryGetValue(key, out var firstMethod))
                    {
                        Report(DiagnosticDescriptors.DuplicateOperation, methodNode, $"The method name {operation.Group}.{operation.MethodName}Async", LineOf(firstMethod));
                        continue;
                    }

                    methodNames[key] = methodNode.Start;
                    if (!operationsByGroup.TryGetValue(operation.Group, out var list))
                    {
                        operationsByGroup[operation.Group] = list = new List<OperationSpec>();
                        groupOrder.Add(operation.Group);
                    }

                    list.Add(operation);
                }
            }
        }

        var descriptions = tags.Values.GroupBy(t => t.Group).ToDictionary(g => g.Key, g => g.First().Description, StringComparer.Ordinal);
        return groupOrder
            .Select(name => new GroupSpec(_input.Namespace, name, descriptions.TryGetValue(name, out var d) ? d : null, operationsByGroup[name].ToEquatableArray()))
            .ToList();
    }

    private Dictionary<string, (string Group, string? Description)> ReadTags(JsonObjectValue root)
    {
        var tags = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        if (root.GetArray("tags") is not { } array)
        {
            return tags;
        }

        foreach (var item in array.Items)
        {
            if (item is not JsonObjectValue tag || tag.GetString("name") is not { } name)
            {
                continue;
            }

            var group = Names.ToPascalCase(name);
            var extension = tag.GetProperty("x-cometchat-group");
            if (extension is not null)
            {
                if (extension.Value is JsonStringValue { Value: var value } && Names.IsValidIdentifier(value))
                {
                    group = value;
                }
                else
                {
                    Report(DiagnosticDescriptors.InvalidExtension, extension.Value, $"x-cometchat-group must be a C# identifier; '{group}' is used");
                }
            }

            tags[name] = (group, ReadDescription(tag));
        }

        return tags;
    }

    private OperationSpec? ParseOperation(
        JsonProperty path,
        JsonObjectValue pathItem,
        string method,
        JsonObjectValue node,
        string operationId,
        Dictionary<string, (string Group, string? Description)> tags)
    {
        var display = $"{method.ToUpperInvariant()} {path.Name}";

        var tag = node.GetArray("tags")?.Items.OfType<JsonStringValue>().FirstOrDefault()?.Value;
        var group = tag is null
            ? Names.ToPascalCase(path.Name.Split(s_slash, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "Api")
            : tags.TryGetValue(tag, out var known) ? known.Group : Names.ToPascalCase(tag);

        var methodName = ReadMethodName(node, operationId);
        var host = ReadChoice(node, "x-cometchat-host", "chat", "chat", "calls");
        var rateLimit = ReadChoice(node, "x-cometchat-rate-limit", null, "core", "standard");
        var paging = ReadChoice(node, "x-cometchat-paging", null, "page", "cursor");

        // Parameters: the operation's own override the path item's of the same name and location.
        var parameters = new List<ParameterSpec>();
        var taken = new HashSet<string>(s_reservedParameterNames, StringComparer.Ordinal);
        var declared = new Dictionary<string, JsonObjectValue>(StringComparer.Ordinal);
        var leftOut = false;
        foreach (var source in new[] { pathItem.GetArray("parameters"), node.GetArray("parameters") })
        {
            foreach (var item in source?.Items ?? Array.Empty<JsonValue>())
            {
                // Published specs reference parameters they never define (an apikey header, say): leave those out
                // rather than lose the operation, unless the path needs them.
                var parameter = ResolveComponent(item, "parameters", $"a parameter of {display}", $"the parameter is left out of {display}");
                if (parameter is null)
                {
                    leftOut = true;
                    continue;
                }

                if (parameter.GetString("name") is { } name && parameter.GetString("in") is { } location)
                {
                    declared[location + ":" + name] = parameter;
                }
                else
                {
                    Report(DiagnosticDescriptors.MissingPiece, item, $"A parameter of {display} lacks 'name' or 'in'; the operation is skipped");
                    return null;
                }
            }
        }

        // Path parameters come first, in the order the path names them.
        foreach (Match match in s_pathParameter.Matches(path.Name))
        {
            var name = match.Groups[1].Value;
            if (!declared.TryGetValue("path:" + name, out var parameter))
            {
                var why = leftOut ? "declares it only through an unresolved $ref" : "does not declare it";
                Report(DiagnosticDescriptors.MissingPiece, path.NameStart, path.NameLength, $"{display} uses the path parameter '{{{name}}}' but {why}; the operation is skipped");
                return null;
            }

            var spec = ParseParameter(parameter, ParameterLocation.Path, display, taken);
            if (spec is null)
            {
                return null;
            }

            parameters.Add(spec with { Required = true });
        }

        foreach (var pair in declared)
        {
            var parameter = pair.Value;
            var location = parameter.GetString("in");
            if (location == "path")
            {
                continue;
            }

            if (location is "query" or "header")
            {
                // The transport sends the API key itself; a spec that also declares it as a header parameter gets no extra argument.
                if (location == "header" && parameter.GetString("name") is { } header
                    && (header.Equals("apikey", StringComparison.OrdinalIgnoreCase) || header.Equals("content-type", StringComparison.OrdinalIgnoreCase) || header.Equals("accept", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var spec = ParseParameter(parameter, location == "query" ? ParameterLocation.Query : ParameterLocation.Header, display, taken);
                if (spec is null)
                {
                    return null;
                }

                parameters.Add(spec);
            }
            else
            {
                Report(DiagnosticDescriptors.Unsupported, parameter, $"A parameter in '{location}'", "the operation is skipped");
                return null;
            }
        }

        var body = ParseRequestBody(node, display);
        if (body is { Type: null })
        {
            return null;
        }

        var (responseKind, responseType, ok) = ParseResponse(node, display, paging);
        if (!ok)
        {
            return null;
        }

        var hasOptionalQuery = parameters.Any(p => p.Location == ParameterLocation.Query && !p.Required);
        string? optionsClass = null;
        if (hasOptionalQuery)
        {
            // "ListUsers" in group "Users" gives ListUsersOptions, "List" gives UsersListOptions.
            optionsClass = (methodName.IndexOf(group, StringComparison.Ordinal) >= 0 ? methodName : group + methodName) + "Options";
            var extension = node.GetProperty("x-cometchat-options");
            if (extension is not null)
            {
                if (extension.Value is JsonStringValue { Value: var value } && Names.IsValidIdentifier(value))
                {
                    optionsClass = value;
                }
                else
                {
                    Report(DiagnosticDescriptors.InvalidExtension, extension.Value, $"x-cometchat-options must be a C# class name; '{optionsClass}' is used");
                }
            }
        }

        return new OperationSpec(
            operationId,
            group,
            methodName,
            method.ToUpperInvariant(),
            path.Name,
            host!,
            node.GetString("summary"),
            node.GetString("description"),
            rateLimit,
            node.GetBoolean("deprecated") == true,
            node.GetString("x-cometchat-replacement"),
            parameters.ToEquatableArray(),
            body is null ? null : new BodySpec(body.Value.Type!, body.Value.Required, body.Value.Description, body.Value.Type!.Kind == SpecTypeKind.Model && _validatedModels.Contains(body.Value.Type.Name!), body.Value.IsForm),
            responseKind,
            responseType,
            optionsClass,
            ReadCursorRenames(node, responseKind, parameters));
    }

    private string ReadMethodName(JsonObjectValue node, string operationId)
    {
        var extension = node.GetProperty("x-cometchat-method");
        if (extension is not null)
        {
            if (extension.Value is JsonStringValue { Value: var name } && Names.IsValidIdentifier(name))
            {
                return Names.ToPascalCase(name);
            }

            Report(DiagnosticDescriptors.InvalidExtension, extension.Value, "x-cometchat-method must be a C# identifier; the name is derived from the operationId");
        }

        return Names.ToPascalCase(operationId);
    }

    private string? ReadChoice(JsonObjectValue node, string extension, string? fallback, params string[] allowed)
    {
        var property = node.GetProperty(extension);
        if (property is null)
        {
            return fallback;
        }

        if (property.Value is JsonStringValue { Value: var value } && Array.IndexOf(allowed, value) >= 0)
        {
            return value;
        }

        Report(DiagnosticDescriptors.InvalidExtension, property.Value, $"{extension} must be one of: {string.Join(", ", allowed)}; the extension is ignored");
        return fallback;
    }

    private ParameterSpec? ParseParameter(JsonObjectValue parameter, ParameterLocation location, string display, HashSet<string> taken)
    {
        var name = parameter.GetString("name")!;
        var schema = parameter.GetObject("schema");
        if (schema is null)
        {
            Report(DiagnosticDescriptors.MissingPiece, parameter, $"Parameter '{name}' of {display} has no schema; it is read as a string");
        }

        var reported = _diagnostics.Count;
        var type = schema is null ? TypeSpec.String : ResolveType(schema, $"parameter '{name}' of {display}", "the operation is skipped");
        if (_diagnostics.Count > reported && schema?.GetProperty("$ref") is not null)
        {
            // The unresolved $ref was just reported; a second warning about the same parameter would only repeat it.
            return null;
        }

        var supported = type.Kind switch
        {
            SpecTypeKind.JsonNode or SpecTypeKind.JsonObject or SpecTypeKind.Model or SpecTypeKind.Map or SpecTypeKind.Binary => false,
            SpecTypeKind.List => location == ParameterLocation.Query && type.Element!.Kind is not (SpecTypeKind.JsonNode or SpecTypeKind.JsonObject or SpecTypeKind.Model or SpecTypeKind.Map or SpecTypeKind.Binary),
            _ => true,
        };

        if (!supported)
        {
            Report(DiagnosticDescriptors.Unsupported, schema ?? (JsonValue)parameter, $"A {(type.Kind == SpecTypeKind.List ? "list" : "structured")} {location.ToString().ToLowerInvariant()} parameter ('{name}' of {display})", "the operation is skipped");
            return null;
        }

        // form style explodes by default; CometChat wants comma-separated lists, which our spec says with explode: false.
        var explode = parameter.GetBoolean("explode") ?? (parameter.GetString("style") ?? "form") == "form";
        var constraints = schema is null ? Constraints.None : ReadConstraints(schema);
        if (constraints.Identifier is null && ReadIdentifierKind(parameter) is { } kind)
        {
            constraints = constraints with { Identifier = kind };
        }

        var defaultValue = schema?["default"] switch
        {
            JsonStringValue s => s.Value,
            JsonNumberValue n => n.Text,
            JsonBooleanValue b => b.Value ? "true" : "false",
            _ => null,
        };

        // Optional query parameters become properties of the options class (PascalCase); required ones are
        // method parameters like path parameters (camelCase).
        var csharpName = Names.Unique(ReadCSharpName(parameter, name, pascal: location == ParameterLocation.Query && parameter.GetBoolean("required") != true), taken);
        return new ParameterSpec(
            name,
            csharpName,
            location,
            type,
            parameter.GetBoolean("required") == true,
            ReadDescription(parameter) ?? (schema is null ? null : ReadDescription(schema)),
            constraints,
            explode,
            defaultValue);
    }

    /// <summary>Null when there is no body; a null <c>Type</c> when the operation must be skipped.</summary>
    private (TypeSpec? Type, bool Required, string? Description, bool IsForm)? ParseRequestBody(JsonObjectValue node, string display)
    {
        var property = node.GetProperty("requestBody");
        if (property is null)
        {
            return null;
        }

        var body = ResolveComponent(property.Value, "requestBodies", $"the request body of {display}");
        if (body is null)
        {
            return (null, false, null, false);
        }

        var content = body.GetObject("content");
        var json = content?.Properties.FirstOrDefault(p => IsJson(p.Name));
        if (json is null)
        {
            if (content?.Properties.FirstOrDefault(p => IsMultipartForm(p.Name)) is { } form)
            {
                return ParseFormBody(form, body, display);
            }

            if (content is { Properties.Count: > 0 })
            {
                var mediaType = content.Properties[0];
                Report(DiagnosticDescriptors.Unsupported, mediaType.NameStart, mediaType.NameLength, $"The request body media type '{mediaType.Name}' of {display}", "the operation is skipped");
            }
            else
            {
                Report(DiagnosticDescriptors.Unsupported, (JsonValue?)content ?? body, $"The request body media type 'a body without content' of {display}", "the operation is skipped");
            }
            return (null, false, null, false);
        }

        var schema = (json.Value as JsonObjectValue)?.GetObject("schema");
        var type = schema is null ? TypeSpec.JsonNode : ResolveType(schema, $"the request body of {display}");
        return (type, body.GetBoolean("required") == true, ReadDescription(body), false);
    }

    /// <summary>
    /// A <c>multipart/form-data</c> body: a <c>$ref</c> to an object schema, whose properties become the parts
    /// (<c>format: binary</c> ones as files). A null <c>Type</c> when the operation must be skipped.
    /// </summary>
    private (TypeSpec? Type, bool Required, string? Description, bool IsForm) ParseFormBody(JsonProperty mediaType, JsonObjectValue body, string display)
    {
        var schema = (mediaType.Value as JsonObjectValue)?.GetObject("schema");
        if (schema?.GetProperty("$ref") is null)
        {
            Report(DiagnosticDescriptors.Unsupported, mediaType.NameStart, mediaType.NameLength, $"A multipart/form-data body that is not a $ref to an object schema ({display})", "the operation is skipped");
            return (null, false, null, true);
        }

        var reported = _diagnostics.Count;
        var type = ResolveType(schema, $"the request body of {display}", "the operation is skipped");
        if (type.Kind != SpecTypeKind.Model)
        {
            if (_diagnostics.Count == reported)
            {
                Report(DiagnosticDescriptors.Unsupported, schema, $"A multipart/form-data body that is not a $ref to an object schema ({display})", "the operation is skipped");
            }

            return (null, false, null, true);
        }

        return (type, body.GetBoolean("required") == true, ReadDescription(body), true);
    }

    private (ResponseKind Kind, TypeSpec? Type, bool Ok) ParseResponse(JsonObjectValue node, string display, string? paging)
    {
        var paged = paging is not null;
        var responses = node.GetObject("responses");
        if (responses is null)
        {
            Report(DiagnosticDescriptors.MissingPiece, node, $"{display} declares no responses; its result is ignored");
            return (ResponseKind.None, null, true);
        }

        var success = responses.Properties
            .Where(p => p.Name.Length == 3 && p.Name[0] == '2')
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (success is null)
        {
            return (ResponseKind.None, null, true);
        }

        var response = ResolveComponent(success.Value, "responses", $"the {success.Name} response of {display}");
        if (response is null)
        {
            return (ResponseKind.None, null, false);
        }

        var content = response.GetObject("content");
        var json = content?.Properties.FirstOrDefault(p => IsJson(p.Name));
        if (json is null && content is { Properties.Count: > 0 })
        {
            var mediaType = content.Properties[0];
            Report(DiagnosticDescriptors.Unsupported, mediaType.NameStart, mediaType.NameLength, $"The response media type '{mediaType.Name}' of {display}", "the method returns Task and ignores the body");
            return (ResponseKind.None, null, true);
        }

        if ((json?.Value as JsonObjectValue)?.GetObject("schema") is not { } schema)
        {
            return (ResponseKind.None, null, true);
        }

        if (schema.GetProperty("$ref") is { } reference
            && reference.Value is JsonStringValue { Value: var target }
            && target.StartsWith(SchemaPrefix, StringComparison.Ordinal)
            && _schemas.TryGetValue(UnescapePointer(target.Substring(SchemaPrefix.Length)), out var envelope)
            && envelope.Kind == SchemaKind.Envelope)
        {
            var data = envelope.Node.GetObject("properties")?.GetObject("data");
            if (data is null)
            {
                Report(DiagnosticDescriptors.MissingPiece, envelope.Node, $"Envelope schema '{envelope.Name}' has no 'data' property; {display} returns the whole body as JSON");
                return (ResponseKind.Body, TypeSpec.JsonNode, true);
            }

            var dataType = ResolveType(data, $"'data' of schema '{envelope.Name}'");
            if (IsFile(dataType))
            {
                Report(DiagnosticDescriptors.Unsupported, data, $"A file (format: binary) in the JSON response of {display}", "the method returns Task and ignores the body");
                return (ResponseKind.None, null, true);
            }

            if (paged)
            {
                if (dataType.Kind == SpecTypeKind.List)
                {
                    return (paging == "cursor" ? ResponseKind.CursorPage : ResponseKind.Page, dataType.Element, true);
                }

                Report(DiagnosticDescriptors.InvalidExtension, node.GetProperty("x-cometchat-paging")!.Value, $"x-cometchat-paging needs a list response, but 'data' of '{envelope.Name}' is not an array; {display} returns one value");
            }

            return (ResponseKind.Data, dataType, true);
        }

        if (paged)
        {
            Report(DiagnosticDescriptors.InvalidExtension, node.GetProperty("x-cometchat-paging")!.Value, $"x-cometchat-paging needs a response envelope (x-cometchat-envelope); {display} returns the whole body");
        }

        var bodyType = ResolveType(schema, $"the response of {display}");
        if (IsFile(bodyType))
        {
            Report(DiagnosticDescriptors.Unsupported, schema, $"A file (format: binary) in the JSON response of {display}", "the method returns Task and ignores the body");
            return (ResponseKind.None, null, true);
        }

        return (ResponseKind.Body, bodyType, true);
    }

    /// <summary>
    /// <c>x-cometchat-cursor-parameters</c>: cursor values CometChat names differently from the query parameter
    /// that takes them back, as <c>{"cursorName": "queryName"}</c>.
    /// </summary>
    private EquatableArray<CursorRename> ReadCursorRenames(JsonObjectValue node, ResponseKind responseKind, List<ParameterSpec> parameters)
    {
        var property = node.GetProperty("x-cometchat-cursor-parameters");
        if (property is null)
        {
            return EquatableArray<CursorRename>.Empty;
        }

        if (responseKind != ResponseKind.CursorPage || property.Value is not JsonObjectValue renames)
        {
            Report(DiagnosticDescriptors.InvalidExtension, property.Value, "x-cometchat-cursor-parameters must be an object of cursor name → query parameter name on an operation with x-cometchat-paging: cursor; it is ignored");
            return EquatableArray<CursorRename>.Empty;
        }

        var result = new List<CursorRename>();
        foreach (var rename in renames.Properties)
        {
            if (rename.Value is JsonStringValue { Value: var query } && parameters.Any(p => p.Location == ParameterLocation.Query && p.JsonName == query))
            {
                result.Add(new CursorRename(rename.Name, query));
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidExtension, rename.Value, $"x-cometchat-cursor-parameters maps '{rename.Name}' to something that is not a query parameter of the operation; it is ignored");
            }
        }

        return result.ToEquatableArray();
    }

    private static bool IsFile(TypeSpec type) =>
        type.Kind == SpecTypeKind.Binary || (type.Kind is SpecTypeKind.List or SpecTypeKind.Map && type.Element!.Kind == SpecTypeKind.Binary);

    /// <summary>Follows a <c>$ref</c> into <c>components/{section}</c>; reports and returns null when it does not resolve.</summary>
    private JsonObjectValue? ResolveComponent(JsonValue value, string section, string where, string? unresolved = null)
    {
        for (var depth = 0; depth < 8; depth++)
        {
            if (value is not JsonObjectValue node)
            {
                Report(DiagnosticDescriptors.MissingPiece, value, $"{where} must be an object");
                return null;
            }

            if (node.GetProperty("$ref") is not { } reference)
            {
                return node;
            }

            var prefix = "#/components/" + section + "/";
            var target = (reference.Value as JsonStringValue)?.Value;
            var resolved = target is not null && target.StartsWith(prefix, StringComparison.Ordinal)
                ? _components.GetObject(section)?[UnescapePointer(target.Substring(prefix.Length))]
                : null;
            if (resolved is null)
            {
                Report(DiagnosticDescriptors.UnresolvedReference, reference.Value, target ?? "$ref", unresolved ?? $"the operation that uses {where} is skipped");
                return null;
            }

            value = resolved;
        }

        Report(DiagnosticDescriptors.UnresolvedReference, value, "$ref", $"it loops; {where} is skipped");
        return null;
    }

    private static bool IsMultipartForm(string mediaType) =>
        mediaType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(string mediaType) =>
        mediaType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
        || mediaType == "*/*";

    /// <summary>The 1-based line of a byte offset, as text for a diagnostic message.</summary>
    private string LineOf(int byteOffset)
    {
        var text = _sourceText ??= Microsoft.CodeAnalysis.Text.SourceText.From(_input.Content);
        return (text.Lines.GetLineFromPosition(CharOffset(byteOffset)).LineNumber + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
