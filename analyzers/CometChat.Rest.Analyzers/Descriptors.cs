using Microsoft.CodeAnalysis;

namespace CometChat.Rest.Analyzers;

/// <summary>The rules. Each has a page under docs/analyzers/ saying what, why, how to fix and how to suppress.</summary>
internal static class Descriptors
{
    private const string Usage = "CometChat.Usage";
    private const string Security = "CometChat.Security";

    // The repository address is a placeholder until the project is published.
    private const string HelpBase = "https://github.com/cometchat-rest/cometchat-rest-dotnet/blob/main/docs/analyzers/";

    public static readonly DiagnosticDescriptor RestKeyInClientApp = Create(
        "CCA1001",
        "CometChat REST API key used in a client-side app",
        "The CometChat REST API key has full access to the app and belongs on a server; this is a client-side project ({0}). Have your server issue auth tokens instead.",
        Security,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ApiKeyLiteral = Create(
        "CCA1002",
        "CometChat API key written in source",
        "The CometChat API key is written in source; read it from configuration or an environment variable",
        Security,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidUid = Create(
        "CCA1003",
        "Invalid CometChat UID",
        "'{0}' is not a valid CometChat UID: {1}. UIDs are 1 to 100 characters of a-z, A-Z, 0-9, _ and -.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidGuid = Create(
        "CCA1004",
        "Invalid CometChat GUID",
        "'{0}' is not a valid CometChat GUID: {1}. GUIDs are 1 to 100 characters of a-z, A-Z, 0-9, _ and -.",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UpperCaseIdentifier = Create(
        "CCA1005",
        "CometChat identifier with upper-case letters",
        "CometChat stores identifiers in lower case: '{0}' becomes '{1}'",
        Usage,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor BrokenLimit = Create(
        "CCA1006",
        "Value breaks a documented CometChat limit",
        "{0}",
        Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ClientPerCall = Create(
        "CCA1007",
        "CometChat client created per call",
        "This {0} is created {1}: each one opens its own HTTP connections, which exhausts sockets under load. Create one client and share it.",
        Usage,
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
