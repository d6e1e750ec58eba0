using Microsoft.CodeAnalysis;

namespace CometChat.Rest.Generator.Diagnostics;

/// <summary>Problems found in a spec file. Each points at the line and column in the JSON.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "CometChat.Spec";
    // The repository address is a placeholder until the project is published.
    private const string HelpBase = "https://github.com/cometchat-rest/cometchat-rest-dotnet/blob/main/generator/README.md#";

    public static readonly DiagnosticDescriptor MalformedJson = Create(
        "CCG0001", "The spec is not valid JSON", "The spec is not valid JSON: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "CCG0002", "Unresolved $ref", "'{0}' does not resolve to anything in the spec; {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateOperation = Create(
        "CCG0003", "Duplicate operation name", "{0} is already used by the operation at line {1}; this operation is skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicatePathSignature = Create(
        "CCG0004", "Duplicate path signature", "{0} {1} has the same method and path as {2} (line {3}) once parameter names are ignored; this operation is skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingPiece = Create(
        "CCG0005", "Missing required piece", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor Unsupported = Create(
        "CCG0006", "Construct not supported yet", "{0} is not supported yet; {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidExtension = Create(
        "CCG0007", "Invalid extension value", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidPolymorphism = Create(
        "CCG0008", "Invalid model inheritance or discriminator", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "CCG0099", "The generator failed on this spec", "The generator failed on this spec ({0}); nothing was generated from it. Please report this with the spec.", DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
