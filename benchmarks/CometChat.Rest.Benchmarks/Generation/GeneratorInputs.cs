using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using CometChat.Rest.Generator;
using CometChat.Rest.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CometChat.Rest.Benchmarks.Generation;

/// <summary>
/// What the compiler hands the generator in a real build: the spec as an additional file marked
/// <c>CometChatSpec="true"</c>, and a compilation (which the generator never reads).
/// </summary>
public static class GeneratorInputs
{
    public const string SpecPath = "/repo/spec/cometchat.openapi.json";

    // Microsoft.CodeAnalysis 4.8, the compiler the generator is built against, knows C# 12 at most.
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    /// <summary>The spec's text, read from beside the executable (copied there by the project).</summary>
    public static string SpecText { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "cometchat.openapi.json"));

    public static ImmutableArray<AdditionalText> AdditionalTexts { get; } = [new SpecFile(SpecPath, SpecText)];

    public static AnalyzerConfigOptionsProvider Options { get; } = new SpecOptions(SpecPath, "Benchmark.Client");

    /// <summary>The generator's own input record for the spec, for timing its parser and emitters directly.</summary>
    internal static SpecInput Input { get; } = new(SpecPath, "Benchmark.Client", SpecText);

    /// <summary>A fresh driver: nothing cached.</summary>
    /// <param name="trackSteps">Record each step's outputs, as tests do; the compiler does not.</param>
    public static GeneratorDriver CreateDriver(bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            [new CometChatGenerator().AsSourceGenerator()],
            AdditionalTexts,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>An application's compilation: a class of its own, against the runtime's reference assemblies.</summary>
    public static CSharpCompilation CreateCompilation(string source) =>
        CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(source, ParseOptions)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))]);

    private sealed class SpecFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class SpecOptions(string specPath, string ns) : AnalyzerConfigOptionsProvider
    {
        private readonly Values _spec = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.CometChatSpec"] = "true",
            ["build_metadata.AdditionalFiles.CometChatNamespace"] = ns,
        });

        private readonly Values _empty = new([]);

        public override AnalyzerConfigOptions GlobalOptions => _empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == specPath ? _spec : _empty;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
