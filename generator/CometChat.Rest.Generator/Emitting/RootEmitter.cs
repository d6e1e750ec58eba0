using CometChat.Rest.Generator.Model;

namespace CometChat.Rest.Generator.Emitting;

/// <summary>Emits the root client, the error-code constants and the JSON type-info resolver.</summary>
internal static class RootEmitter
{
    public static string EmitClient(RootClientSpec root)
    {
        var writer = FileHeader.Start(root.Namespace, "System.Net.Http");
        writer.Open($"namespace {root.Namespace}");
        writer.Line("/// <summary>");
        writer.Line("/// The CometChat REST API v3 client: one property per resource group. Create it once and share it;");
        writer.Line("/// it is thread-safe and keeps its HTTP connections open between calls.");
        writer.Line("/// </summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public partial class {root.Name} : IDisposable");
        writer.Line("private readonly CometChatTransport _transport = null!;");
        writer.Line();
        writer.Line("/// <summary>Creates a client with its own HTTP connection pool.</summary>");
        writer.Line("/// <param name=\"options\">App ID, region and API key.</param>");
        writer.Line("/// <exception cref=\"ArgumentException\">The options are incomplete or malformed.</exception>");
        writer.Line($"public {root.Name}(CometChatClientOptions options)");
        writer.Line("    : this(new CometChatTransport(options))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>Creates a client over an existing <see cref=\"HttpClient\"/> (from <c>IHttpClientFactory</c>, for example), which it does not dispose.</summary>");
        writer.Line("/// <param name=\"options\">App ID, region and API key.</param>");
        writer.Line("/// <param name=\"httpClient\">The HTTP client to send requests with.</param>");
        writer.Line("/// <exception cref=\"ArgumentException\">The options are incomplete or malformed.</exception>");
        writer.Line($"public {root.Name}(CometChatClientOptions options, HttpClient httpClient)");
        writer.Line("    : this(new CometChatTransport(options, httpClient ?? throw new ArgumentNullException(nameof(httpClient))))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>Creates a client over a transport.</summary>");
        writer.Line("/// <param name=\"transport\">The transport every resource group sends through.</param>");
        writer.Open($"public {root.Name}(CometChatTransport transport)");
        writer.Line("ArgumentNullException.ThrowIfNull(transport);");
        writer.Line("_transport = transport;");
        foreach (var group in root.Groups)
        {
            writer.Line($"{group.Name} = new {group.Name}Client(transport);");
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>For mocking frameworks.</summary>");
        writer.Open($"protected {root.Name}()");
        foreach (var group in root.Groups)
        {
            writer.Line($"{group.Name} = null!;");
        }

        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The options the client was created with.</summary>");
        writer.Line("public virtual CometChatClientOptions Options => _transport.Options;");

        foreach (var group in root.Groups)
        {
            writer.Line();
            writer.Summary(group.Description, $"The {group.Name} operations.");
            writer.Line($"public virtual {group.Name}Client {group.Name} {{ get; }}");
        }

        writer.Line();
        writer.Line("/// <summary>Releases the HTTP connection pool, unless the client was given an <see cref=\"HttpClient\"/>.</summary>");
        writer.Open("public void Dispose()");
        writer.Line("Dispose(disposing: true);");
        writer.Line("GC.SuppressFinalize(this);");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Releases resources.</summary>");
        writer.Line("/// <param name=\"disposing\">Whether this is a call to <see cref=\"Dispose()\"/>.</param>");
        writer.Open("protected virtual void Dispose(bool disposing)");
        writer.Open("if (disposing)");
        writer.Line("_transport?.Dispose();");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    public static string EmitErrorCodes(ErrorCodesSpec spec)
    {
        var writer = FileHeader.Start(spec.Namespace);
        writer.Open($"namespace {spec.Namespace}");
        writer.Line("/// <summary>");
        writer.Line("/// CometChat's error codes, to compare with <see cref=\"CometChatException.ErrorCode\"/>.");
        writer.Line("/// </summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public static class {spec.Prefix}ErrorCodes");
        var first = true;
        foreach (var code in spec.Codes)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var text = code.Description ?? code.Code;
            writer.Summary(code.Status is { } status ? $"{text} (HTTP {status})" : text, SourceWriter.Xml(code.Code));
            writer.Line($"public const string {code.MemberName} = {SourceWriter.Literal(code.Code)};");
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    public static string EmitResolver(RootClientSpec root)
    {
        var writer = FileHeader.Start(root.Namespace, "System.Text.Json.Serialization.Metadata");
        writer.Open($"namespace {root.Namespace}.Serialization");
        writer.Line("/// <summary>");
        writer.Line("/// System.Text.Json type information for every model, built on the generated converters: use it to");
        writer.Line("/// (de)serialize models yourself (webhook payloads, caches) without reflection, AOT and trimming safe.");
        writer.Line("/// </summary>");
        writer.Line("/// <example><code>");
        writer.Line("/// var options = new JsonSerializerOptions { TypeInfoResolver = " + root.Prefix + "JsonTypeInfoResolver.Instance };");
        writer.Line("/// </code></example>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public sealed class {root.Prefix}JsonTypeInfoResolver : IJsonTypeInfoResolver");
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line($"public static {root.Prefix}JsonTypeInfoResolver Instance {{ get; }} = new();");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open("public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)");
        writer.Line("ArgumentNullException.ThrowIfNull(type);");
        foreach (var name in root.SerializableTypes)
        {
            writer.Open($"if (type == typeof({name}))");
            writer.Line($"return JsonMetadataServices.CreateValueInfo<{name}>(options, {name}JsonConverter.Instance);");
            writer.Close();
            writer.Line();
        }

        writer.Line("return null;");
        writer.Close();
        writer.Close();
        writer.Close();

        if (root.SerializableTypes.Count == 0)
        {
            // Every generated file imports the models' namespace: declare it even when the spec has no models.
            writer.Line();
            writer.Open($"namespace {root.Namespace}.Models");
            writer.Close();
        }

        return writer.ToString();
    }
}
