using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CometChat.Rest.Analyzers.Tests.Infrastructure;

/// <summary>
/// Compiles a snippet against CometChat.Rest, runs our analyzers over it and compares what they report with the
/// snippet's markup: <c>{|CCA1003:"bad uid"|}</c> expects CCA1003 on exactly that text. Microsoft.CodeAnalysis.Testing
/// is not in the package registry; this is the small part of it we need.
/// </summary>
internal static class AnalyzerHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_withLibrary = new(() => LoadReferences(includeLibrary: true));
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_withoutLibrary = new(() => LoadReferences(includeLibrary: false));

    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using CometChat.Rest;
        using CometChat.Rest.Models;

        """;

    /// <summary>Checks that the analyzers report exactly what the markup expects, and never fail.</summary>
    public static async Task VerifyAsync(
        string markup,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        IEnumerable<string>? preprocessorSymbols = null,
        bool referenceLibrary = true,
        bool allowCompilerErrors = false)
    {
        var (source, expected) = Markup.Parse(Usings + markup);
        var diagnostics = await RunAsync(source, buildProperties, preprocessorSymbols, referenceLibrary, allowCompilerErrors);

        var actual = diagnostics
            .Where(d => d.Id.StartsWith("CCA", StringComparison.Ordinal))
            .Select(d => $"{d.Id} at {Quote(source, d.Location.SourceSpan)}")
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        var wanted = expected
            .Select(e => $"{e.Id} at {Quote(source, e.Span)}")
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(wanted, actual);
    }

    public static CSharpCompilationOptions CompilationOptions { get; } = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    public static ImmutableArray<MetadataReference> References => s_withLibrary.Value;

    public static CSharpParseOptions ParseOptions(IEnumerable<string>? preprocessorSymbols = null) =>
        new(LanguageVersion.CSharp12, preprocessorSymbols: preprocessorSymbols);

    /// <summary>Runs the analyzers and returns every diagnostic they report; fails on analyzer exceptions (AD0001).</summary>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(
        string source,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        IEnumerable<string>? preprocessorSymbols = null,
        bool referenceLibrary = true,
        bool allowCompilerErrors = false)
    {
        var compilation = CSharpCompilation.Create(
            "AnalyzerTests",
            [CSharpSyntaxTree.ParseText(source, ParseOptions(preprocessorSymbols), path: "/src/Snippet.cs")],
            referenceLibrary ? s_withLibrary.Value : s_withoutLibrary.Value,
            CompilationOptions);
        return RunAsync(compilation, buildProperties, allowCompilerErrors);
    }

    /// <summary>Runs the analyzers over a compilation; fails on analyzer exceptions (AD0001).</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        Compilation compilation,
        IReadOnlyDictionary<string, string>? buildProperties = null,
        bool allowCompilerErrors = false)
    {
        if (!allowCompilerErrors)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The snippet does not compile:\n" + string.Join("\n", errors));
        }

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ValueRulesAnalyzer(), new ApiKeyAnalyzer(), new ClientLifetimeAnalyzer());
        var options = new AnalyzerOptions([], new BuildPropertiesProvider(buildProperties ?? new Dictionary<string, string>()));
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(options, (ex, _, _) => exceptions.Add(ex), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private static string Quote(string source, TextSpan span) => $"\"{source.AsSpan(span.Start, span.Length)}\"";

    private static ImmutableArray<MetadataReference> LoadReferences(bool includeLibrary)
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => !Path.GetFileName(path).StartsWith("CometChat.Rest", StringComparison.Ordinal));
        if (includeLibrary)
        {
            paths = paths.Append(typeof(CometChatClient).Assembly.Location);
        }

        return [.. paths.Distinct(StringComparer.OrdinalIgnoreCase).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    private sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new([]);

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
