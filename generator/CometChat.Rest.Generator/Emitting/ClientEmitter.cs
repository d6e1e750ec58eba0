using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CometChat.Rest.Generator.Model;
using CometChat.Rest.Generator.Parsing;

namespace CometChat.Rest.Generator.Emitting;

/// <summary>Emits one resource group: its client class and the options classes of its operations.</summary>
internal static class ClientEmitter
{
    private static readonly string[] s_cancellationToken = { "CancellationToken cancellationToken = default" };

    private static readonly Regex s_pathParameter = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);

    public static string Emit(GroupSpec group)
    {
        var writer = FileHeader.Start(group.Namespace, "System.Net.Http", "System.Threading", "System.Threading.Tasks");
        writer.Open($"namespace {group.Namespace}");
        writer.Summary(group.Description, $"The {group.Name} operations.");
        writer.RawDocTag("remarks", "Get it from the root client; methods are virtual so tests can substitute them.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public partial class {group.ClassName}");
        writer.Line("private readonly CometChatTransport _transport = null!;");
        writer.Line();
        writer.Line($"/// <summary>Creates the client over a transport shared with the other resource groups.</summary>");
        writer.Line("/// <param name=\"transport\">The transport.</param>");
        writer.Open($"public {group.ClassName}(CometChatTransport transport)");
        writer.Line("ArgumentNullException.ThrowIfNull(transport);");
        writer.Line("_transport = transport;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>For mocking frameworks.</summary>");
        writer.Open($"protected {group.ClassName}()");
        writer.Close();

        foreach (var operation in group.Operations)
        {
            writer.Line();
            EmitOperation(writer, group, operation);
        }

        writer.Close();

        foreach (var operation in group.Operations.Where(o => o.OptionsClassName is not null))
        {
            writer.Line();
            EmitOptions(writer, group, operation);
        }

        writer.Close();
        return writer.ToString();
    }

    private sealed class Signature
    {
        public List<ParameterSpec> Path { get; } = new();

        public List<ParameterSpec> RequiredQuery { get; } = new();

        public List<ParameterSpec> RequiredHeaders { get; } = new();

        public List<ParameterSpec> OptionalQuery { get; } = new();

        public List<ParameterSpec> OptionalHeaders { get; } = new();

        public List<string> Declarations { get; } = new();

        /// <summary>Metadata attributes per declaration (empty or ending with a space), for the public methods only.</summary>
        public List<string> Attributes { get; } = new();

        public string PublicDeclarations => string.Join(", ", Declarations.Select((d, i) => Attributes[i] + d));

        public List<string> Arguments { get; } = new();
    }

    private static Signature BuildSignature(OperationSpec operation)
    {
        var signature = new Signature();
        foreach (var parameter in operation.Parameters)
        {
            var list = parameter.Location switch
            {
                ParameterLocation.Path => signature.Path,
                ParameterLocation.Query => parameter.Required ? signature.RequiredQuery : signature.OptionalQuery,
                _ => parameter.Required ? signature.RequiredHeaders : signature.OptionalHeaders,
            };
            list.Add(parameter);
        }

        void Add(string declaration, string argument, ParameterSpec? parameter = null)
        {
            signature.Declarations.Add(declaration);
            signature.Arguments.Add(argument);
            var attributes = parameter is null ? Enumerable.Empty<string>() : FileHeader.MetadataAttributes(parameter.Constraints, parameter.Type);
            signature.Attributes.Add(string.Concat(attributes.Select(a => $"[{a}] ")));
        }

        foreach (var parameter in signature.Path.Concat(signature.RequiredQuery).Concat(signature.RequiredHeaders))
        {
            Add($"{TypeNames.CSharp(parameter.Type)} {Names.EscapeKeyword(parameter.CSharpName)}", Names.EscapeKeyword(parameter.CSharpName), parameter);
        }

        if (operation.Body is { Required: true } requiredBody)
        {
            Add($"{TypeNames.CSharp(requiredBody.Type)} request", "request");
        }

        if (operation.Body is { Required: false } optionalBody)
        {
            Add($"{TypeNames.Nullable(optionalBody.Type)} request = null", "request");
        }

        if (operation.OptionsClassName is { } options)
        {
            Add($"{options}? options = null", "options");
        }

        foreach (var parameter in signature.OptionalHeaders)
        {
            Add($"{TypeNames.Nullable(parameter.Type)} {Names.EscapeKeyword(parameter.CSharpName)} = null", Names.EscapeKeyword(parameter.CSharpName), parameter);
        }

        return signature;
    }

    private static void EmitOperation(SourceWriter writer, GroupSpec group, OperationSpec operation)
    {
        var signature = BuildSignature(operation);
        var declarations = string.Join(", ", new[] { signature.PublicDeclarations }.Where(d => d.Length > 0).Concat(s_cancellationToken));
        var guards = Guards(operation, signature).ToList();
        var checkName = $"Check{operation.MethodName}Arguments";
        var createName = $"Create{operation.MethodName}Request";
        var hasGuards = guards.Count > 0;

        if (operation.ResponseKind == ResponseKind.CursorPage)
        {
            EmitCursorPageOperation(writer, group, operation, signature, guards);
            return;
        }

        if (operation.ResponseKind == ResponseKind.Page)
        {
            var item = TypeNames.CSharp(operation.ResponseType!);
            var converter = TypeNames.Converter(operation.ResponseType!);
            var pageProperty = signature.OptionalQuery.FirstOrDefault(p => p.JsonName == "page")?.CSharpName;
            var pageArgument = pageProperty is null ? "null" : $"options?.{pageProperty}";
            var createArguments = string.Join(", ", signature.Arguments.Where(a => a != "cancellationToken"));

            EmitListMethod(
                writer,
                operation,
                signature,
                hasGuards,
                $"One page of results. Use <see cref=\"{operation.MethodName}AllAsync\"/> to walk every page.",
                $"Task<Page<{item}>> {operation.MethodName}Async({declarations})",
                walksAllPages: false,
                $"return _transport.SendPageAsync({createName}({Join(createArguments, pageArgument)}), {converter}, cancellationToken);");
            writer.Line();

            var firstPage = pageProperty is null ? "1" : $"options?.{pageProperty} ?? 1";
            EmitListMethod(
                writer,
                operation,
                signature,
                hasGuards,
                WalksEveryPage,
                $"IAsyncEnumerable<{item}> {operation.MethodName}AllAsync({declarations})",
                walksAllPages: true,
                "return PageWalker.WalkAsync(",
                $"    {firstPage},",
                $"    (page, token) => _transport.SendPageAsync({createName}({Join(createArguments, "page")}), {converter}, token),",
                "    cancellationToken);");

            if (hasGuards)
            {
                writer.Line();
                EmitCheck(writer, checkName, signature, guards);
            }

            writer.Line();
            var createDeclarations = string.Join(", ", signature.Declarations.Select(StripDefault).Append("int? page"));
            writer.Open($"private static CometChatRequest {createName}({createDeclarations})");
            EmitRequest(writer, group, operation, signature, pageVariable: "page");
            writer.Line("return call;");
            writer.Close();
            return;
        }

        var returnType = operation.ResponseKind == ResponseKind.None ? "Task" : $"Task<{TypeNames.CSharp(operation.ResponseType!)}>";
        EmitDocs(writer, operation, signature, Returns(operation));
        EmitAttributes(writer, operation);
        writer.Open($"public virtual {returnType} {operation.MethodName}Async({declarations})");
        foreach (var guard in guards)
        {
            writer.Line(guard);
        }

        if (hasGuards)
        {
            writer.Line();
        }

        EmitRequest(writer, group, operation, signature, pageVariable: null);
        writer.Line(operation.ResponseKind switch
        {
            ResponseKind.None => "return _transport.SendAsync(call, cancellationToken);",
            ResponseKind.Body => $"return _transport.SendBodyAsync(call, {TypeNames.Converter(operation.ResponseType!)}, cancellationToken);",
            _ => $"return _transport.SendAsync(call, {TypeNames.Converter(operation.ResponseType!)}, cancellationToken);",
        });
        writer.Close();
    }

    /// <summary>
    /// A cursor-paged list: <c>{Method}Async</c> returns the first page (which fetches the next one itself), and
    /// <c>{Method}AllAsync</c> walks every page. Each page's request is rebuilt with the cursor CometChat returned.
    /// </summary>
    private static void EmitCursorPageOperation(SourceWriter writer, GroupSpec group, OperationSpec operation, Signature signature, List<string> guards)
    {
        var item = TypeNames.CSharp(operation.ResponseType!);
        var converter = TypeNames.Converter(operation.ResponseType!);
        var checkName = $"Check{operation.MethodName}Arguments";
        var createName = $"Create{operation.MethodName}Request";
        var declarations = string.Join(", ", new[] { signature.PublicDeclarations }.Where(d => d.Length > 0).Concat(s_cancellationToken));
        var createArguments = string.Join(", ", signature.Arguments.Where(a => a != "cancellationToken"));
        string Send(string token) => $"_transport.SendCursorPageAsync(cursor => {createName}({Join(createArguments, "cursor")}), {converter}, {token})";

        EmitListMethod(
            writer,
            operation,
            signature,
            guards.Count > 0,
            $"The first page; <see cref=\"CursorPage{{T}}.GetNextPageAsync\"/> fetches the next. Use <see cref=\"{operation.MethodName}AllAsync\"/> to walk every page.",
            $"Task<CursorPage<{item}>> {operation.MethodName}Async({declarations})",
            walksAllPages: false,
            $"return {Send("cancellationToken")};");
        writer.Line();

        EmitListMethod(
            writer,
            operation,
            signature,
            guards.Count > 0,
            WalksEveryPage,
            $"IAsyncEnumerable<{item}> {operation.MethodName}AllAsync({declarations})",
            walksAllPages: false,
            $"return CursorWalker.WalkAsync(token => {Send("token")}, cancellationToken);");

        if (guards.Count > 0)
        {
            writer.Line();
            EmitCheck(writer, checkName, signature, guards);
        }

        writer.Line();
        var createDeclarations = string.Join(", ", signature.Declarations.Select(StripDefault).Append("PageCursor? cursor"));
        writer.Open($"private static CometChatRequest {createName}({createDeclarations})");
        EmitRequest(writer, group, operation, signature, pageVariable: null);
        var renames = string.Concat(operation.CursorRenames.Select(r => $", {SourceWriter.Literal(r.CursorName)}, {SourceWriter.Literal(r.QueryName)}"));
        writer.Line();
        writer.Line($"call.ApplyCursor(cursor{renames});");
        writer.Line("return call;");
        writer.Close();
    }

    private const string WalksEveryPage = "Every item, fetched page by page as the enumeration proceeds; only one page is held in memory.";

    /// <summary>One public method of a list: docs, attributes, the argument check when there is one, then the body.</summary>
    /// <param name="declaration">The signature after <c>public virtual</c>.</param>
    /// <param name="walksAllPages">Whether the options' page number is where the walk starts (page-based lists).</param>
    private static void EmitListMethod(
        SourceWriter writer, OperationSpec operation, Signature signature, bool hasGuards, string returns, string declaration, bool walksAllPages, params string[] body)
    {
        EmitDocs(writer, operation, signature, returns, walksAllPages);
        EmitAttributes(writer, operation);
        writer.Open("public virtual " + declaration);
        if (hasGuards)
        {
            writer.Line($"Check{operation.MethodName}Arguments({string.Join(", ", signature.Arguments)});");
        }

        foreach (var line in body)
        {
            writer.Line(line);
        }

        writer.Close();
    }

    private static void EmitCheck(SourceWriter writer, string checkName, Signature signature, List<string> guards)
    {
        var declarations = string.Join(", ", signature.Declarations.Select(StripDefault));
        writer.Open($"private static void {checkName}({declarations})");
        foreach (var guard in guards)
        {
            writer.Line(guard);
        }

        writer.Close();
    }

    private static IEnumerable<string> Guards(OperationSpec operation, Signature signature)
    {
        foreach (var parameter in signature.Path)
        {
            var name = Names.EscapeKeyword(parameter.CSharpName);
            var nameOf = $"nameof({parameter.CSharpName})";
            var checks = FileHeader.Guards(parameter.Constraints with { MinLength = null }, parameter.Type, name, nameOf, required: true).ToList();
            if (parameter.Type.Kind == SpecTypeKind.String && parameter.Constraints.Identifier is null)
            {
                // Any string fills a path segment except empty, "." and ".." (which would change the path).
                checks.Insert(0, $"Guard.PathSegment({name}, {nameOf});");
            }

            foreach (var check in checks)
            {
                yield return check;
            }
        }

        foreach (var parameter in signature.RequiredQuery.Concat(signature.RequiredHeaders))
        {
            var name = Names.EscapeKeyword(parameter.CSharpName);
            if (!parameter.Type.IsValueType)
            {
                yield return $"Guard.NotNull({name}, nameof({parameter.CSharpName}));";
            }

            foreach (var check in FileHeader.Guards(parameter.Constraints, parameter.Type, name, $"nameof({parameter.CSharpName})", required: true))
            {
                yield return check;
            }
        }

        if (operation.Body is { } body)
        {
            if (body.Required && !body.Type.IsValueType)
            {
                yield return "Guard.NotNull(request, nameof(request));";
            }

            if (body.Validates)
            {
                yield return body.Required ? "request.Validate(nameof(request));" : "request?.Validate(nameof(request));";
            }
        }

        foreach (var parameter in signature.OptionalQuery)
        {
            foreach (var check in FileHeader.Guards(parameter.Constraints, parameter.Type, $"options?.{parameter.CSharpName}", $"\"options.{parameter.CSharpName}\"", required: false))
            {
                yield return check;
            }
        }

        foreach (var parameter in signature.OptionalHeaders)
        {
            foreach (var check in FileHeader.Guards(parameter.Constraints, parameter.Type, Names.EscapeKeyword(parameter.CSharpName), $"nameof({parameter.CSharpName})", required: false))
            {
                yield return check;
            }
        }
    }

    private static void EmitRequest(SourceWriter writer, GroupSpec group, OperationSpec operation, Signature signature, string? pageVariable)
    {
        var method = operation.HttpMethod switch
        {
            "GET" => "HttpMethod.Get",
            "POST" => "HttpMethod.Post",
            "PUT" => "HttpMethod.Put",
            "DELETE" => "HttpMethod.Delete",
            _ => "HttpMethod.Patch",
        };
        var host = operation.Host == "calls" ? ", CometChatHost.Calls" : string.Empty;
        var operationName = SourceWriter.Literal(group.Name + "." + operation.MethodName);
        writer.Line($"var call = new CometChatRequest({operationName}, {method}, {SourceWriter.Literal(operation.Path)}, {PathExpression(operation, signature)}{host});");

        foreach (var parameter in signature.RequiredQuery)
        {
            writer.Line(AddQuery(parameter, Names.EscapeKeyword(parameter.CSharpName)));
        }

        if (signature.OptionalQuery.Count > 0)
        {
            var withoutPage = signature.OptionalQuery.Where(p => pageVariable is null || p.JsonName != "page").ToList();
            if (withoutPage.Count > 0)
            {
                writer.Open("if (options is not null)");
                foreach (var parameter in withoutPage)
                {
                    writer.Line(AddQuery(parameter, $"options.{parameter.CSharpName}"));
                }

                writer.Close();
            }
        }

        if (pageVariable is not null)
        {
            if (signature.OptionalQuery.Count > 1)
            {
                writer.Line();
            }

            writer.Line($"call.AddQuery(\"page\", {pageVariable});");
        }

        foreach (var parameter in signature.RequiredHeaders.Concat(signature.OptionalHeaders))
        {
            var name = Names.EscapeKeyword(parameter.CSharpName);
            var value = parameter.Type.Kind == SpecTypeKind.String ? name : parameter.Required ? $"{name}.ToString()" : $"{name}?.ToString()";
            writer.Line($"call.AddHeader({SourceWriter.Literal(parameter.JsonName)}, {value});");
        }

        if (operation.Body is { } body)
        {
            var set = body.IsForm ? "call.SetForm(request.ToForm());" : $"call.SetBody(request, {TypeNames.Converter(body.Type)});";
            if (body.Required)
            {
                writer.Line(set);
            }
            else
            {
                writer.Open("if (request is not null)");
                writer.Line(set);
                writer.Close();
            }
        }
    }

    private static string AddQuery(ParameterSpec parameter, string value)
    {
        var name = SourceWriter.Literal(parameter.JsonName);
        return parameter.Type.Kind switch
        {
            SpecTypeKind.List => $"call.AddQuery({name}, {value}, explode: {(parameter.Explode ? "true" : "false")});",
            SpecTypeKind.Enum => $"call.AddQuery({name}, {value}{(parameter.Required ? string.Empty : "?")}.Value);",
            _ => $"call.AddQuery({name}, {value});",
        };
    }

    private static string PathExpression(OperationSpec operation, Signature signature)
    {
        var path = operation.Path.TrimStart('/');
        var parts = new List<string>();
        var last = 0;
        foreach (Match match in s_pathParameter.Matches(path))
        {
            if (match.Index > last)
            {
                parts.Add(SourceWriter.Literal(path.Substring(last, match.Index - last)));
            }

            var parameter = signature.Path.First(p => p.JsonName == match.Groups[1].Value);
            var value = Names.EscapeKeyword(parameter.CSharpName);
            parts.Add(parameter.Type.Kind == SpecTypeKind.Enum
                ? $"CometChatRequest.Escape({value}.Value)"
                : $"CometChatRequest.Escape({value})");
            last = match.Index + match.Length;
        }

        if (last < path.Length)
        {
            parts.Add(SourceWriter.Literal(path.Substring(last)));
        }

        return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }

    private static void EmitDocs(SourceWriter writer, OperationSpec operation, Signature signature, string returns, bool walksAllPages = false)
    {
        writer.Summary(Sentence(operation.Summary ?? operation.Description), SourceWriter.Xml($"{operation.HttpMethod} {operation.Path}"));
        foreach (var parameter in signature.Path.Concat(signature.RequiredQuery).Concat(signature.RequiredHeaders))
        {
            writer.DocTag("param", ParameterText(parameter), $"name=\"{parameter.CSharpName}\"");
        }

        if (operation.Body is { } body)
        {
            writer.DocTag("param", body.Description ?? "The request body.", "name=\"request\"");
        }

        if (operation.OptionsClassName is not null)
        {
            writer.DocTag("param", walksAllPages ? "Filters; Page sets the page to start from." : "Filters and paging.", "name=\"options\"");
        }

        foreach (var parameter in signature.OptionalHeaders)
        {
            writer.DocTag("param", ParameterText(parameter), $"name=\"{parameter.CSharpName}\"");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        writer.RawDocTag("returns", returns);

        var remarks = new StringBuilder($"<c>{operation.HttpMethod} {SourceWriter.Xml(operation.Path)}</c>");
        if (operation.Summary is not null && operation.Description is not null && operation.Description != operation.Summary)
        {
            remarks.Append(". ").Append(SourceWriter.Xml(operation.Description).TrimEnd('.'));
        }

        if (operation.RateLimit is not null)
        {
            remarks.Append($". Rate-limit class: {operation.RateLimit}.");
        }

        writer.RawDocTag("remarks", remarks.ToString());
        writer.Line("/// <exception cref=\"ArgumentException\">An argument breaks one of CometChat's documented rules; nothing was sent.</exception>");
        writer.Line("/// <exception cref=\"CometChatException\">CometChat answered with an error (see <see cref=\"CometChatException.ErrorCode\"/>), or no answer could be read.</exception>");
    }

    private static void EmitAttributes(SourceWriter writer, OperationSpec operation)
    {
        if (operation.Deprecated)
        {
            var message = operation.Replacement ?? "CometChat has deprecated this operation.";
            writer.Line($"[Obsolete({SourceWriter.Literal(message)})]");
        }
    }

    private static string Returns(OperationSpec operation) => operation.ResponseKind switch
    {
        ResponseKind.None => "A task that completes when CometChat has accepted the call.",
        ResponseKind.Body => "CometChat's response.",
        _ => "The <c>data</c> of CometChat's response.",
    };

    private static string ParameterText(ParameterSpec parameter)
    {
        var text = parameter.Description ?? $"The {parameter.JsonName} value.";
        return parameter.Constraints.Identifier is { } kind && !text.Contains("characters")
            ? $"{text} A CometChat {IdentifierName(kind)}: 1 to 100 characters of a-z, A-Z, 0-9, _ and -."
            : text;
    }

    private static void EmitOptions(SourceWriter writer, GroupSpec group, OperationSpec operation)
    {
        writer.Line($"/// <summary>Optional query parameters of <see cref=\"{group.ClassName}.{operation.MethodName}Async\"/>.</summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public sealed class {operation.OptionsClassName}");
        var first = true;
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Query && !p.Required))
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Summary(parameter.Description, $"The <c>{SourceWriter.Xml(parameter.JsonName)}</c> query parameter.");
            var limits = Limits(parameter);
            if (limits.Length > 0)
            {
                writer.DocTag("remarks", limits);
            }

            foreach (var attribute in FileHeader.MetadataAttributes(parameter.Constraints, parameter.Type))
            {
                writer.Line($"[{attribute}]");
            }

            var type = TypeNames.Nullable(parameter.Type);
            writer.Line($"public {type} {parameter.CSharpName} {{ get; set; }}");
        }

        writer.Close();
    }

    private static string Limits(ParameterSpec parameter)
    {
        var parts = new List<string>();
        if (parameter.DefaultValue is { } defaultValue)
        {
            parts.Add($"CometChat's default is {defaultValue}.");
        }

        var c = parameter.Constraints;
        if (c.Minimum is not null || c.Maximum is not null)
        {
            parts.Add(c.Minimum is not null && c.Maximum is not null ? $"From {c.Minimum} to {c.Maximum}." : c.Minimum is not null ? $"At least {c.Minimum}." : $"At most {c.Maximum}.");
        }

        if (c.MaxItems is { } maxItems)
        {
            parts.Add($"At most {maxItems} items.");
        }

        if (c.MaxLength is { } maxLength && c.Identifier is null)
        {
            parts.Add($"At most {maxLength} characters.");
        }

        if (c.Identifier is { } kind)
        {
            parts.Add($"A CometChat {IdentifierName(kind)}: 1 to 100 characters of a-z, A-Z, 0-9, _ and -.");
        }

        return string.Join(" ", parts);
    }

    private static string IdentifierName(string kind) => kind switch
    {
        "uid" => "UID",
        "guid" => "GUID",
        _ => "role ID",
    };

    private static string? Sentence(string? text) =>
        text is null || text.EndsWith(".", System.StringComparison.Ordinal) ? text : text + ".";

    private static string Join(string first, string second) => first.Length == 0 ? second : first + ", " + second;

    private static string StripDefault(string declaration)
    {
        var index = declaration.IndexOf(" = ", System.StringComparison.Ordinal);
        return index < 0 ? declaration : declaration.Substring(0, index);
    }
}
