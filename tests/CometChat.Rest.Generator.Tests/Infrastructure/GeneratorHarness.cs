using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CometChat.Rest.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="CometChatGenerator"/> the way the compiler does, over in-memory specs.</summary>
internal static class GeneratorHarness
{
    /// <summary>
    /// Not <c>CometChat.Rest</c>: CometChat.Rest.dll, which the compilation references, already holds the types
    /// generated for that namespace.
    /// </summary>
    public const string Namespace = "Snapshot.Client";

    public const string SpecPath = "/repo/spec/cometchat.openapi.json";

    // Microsoft.CodeAnalysis 4.8 (the oldest compiler the generator supports) knows C# 12 at most.
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>Runs the generator over one spec in <paramref name="ns"/> (set as the file's <c>CometChatNamespace</c>).</summary>
    public static GeneratorRun Run(string spec, string ns = Namespace, string path = SpecPath) =>
        Run(spec, SpecOptions(ns, path), path);

    /// <summary>Runs the generator over one spec file with the given analyzer options, in a compilation of <paramref name="sources"/>.</summary>
    public static GeneratorRun Run(string spec, AnalyzerConfigOptionsProvider options, string path = SpecPath, params string[] sources)
    {
        ImmutableArray<AdditionalText> texts = [new InMemoryAdditionalText(path, spec)];
        return GeneratorRun.Start(CreateDriver(texts, options), CreateCompilation(sources), texts);
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, AnalyzerConfigOptionsProvider options) =>
        CSharpGeneratorDriver.Create(
            [new CometChatGenerator().AsSourceGenerator()],
            additionalTexts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Options that mark each path as a spec, to be generated into <paramref name="ns"/>.</summary>
    public static TestAnalyzerConfigOptionsProvider SpecOptions(string ns, params string[] paths) =>
        new(files: paths.ToDictionary(
            path => path,
            _ => (IEnumerable<KeyValuePair<string, string>>)new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.CometChatSpec"] = "true",
                ["build_metadata.AdditionalFiles.CometChatNamespace"] = ns,
            }));

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorTests",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999));

    public static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, ParseOptions);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // Every assembly the test process may load, plus the runtime the generated code builds on.
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(typeof(CometChat.Rest.CometChatClientOptions).Assembly.Location)
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}

/// <summary>One run of a generator driver: what it produced and the compilation it updated.</summary>
internal sealed class GeneratorRun
{
    private GeneratorRun(GeneratorDriver driver, ImmutableArray<AdditionalText> texts, Compilation input, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        Driver = driver;
        AdditionalTexts = texts;
        Input = input;
        Output = output;
        Diagnostics = diagnostics;
        Result = driver.GetRunResult();
    }

    public GeneratorDriver Driver { get; }

    /// <summary>The additional files the driver holds.</summary>
    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

    public GeneratorDriverRunResult Result { get; }

    /// <summary>The result of the one generator.</summary>
    public GeneratorRunResult Generator => Assert.Single(Result.Results);

    public Compilation Input { get; }

    public Compilation Output { get; }

    /// <summary>What the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public IEnumerable<string> HintNames => Generator.GeneratedSources.Select(source => source.HintName);

    public static GeneratorRun Start(GeneratorDriver driver, Compilation compilation, ImmutableArray<AdditionalText> texts)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, texts, compilation, output, diagnostics);
    }

    /// <summary>Runs the same driver again over another compilation, so that it can reuse what it cached.</summary>
    public GeneratorRun Next(Compilation compilation) => Start(Driver, compilation, AdditionalTexts);

    /// <summary>Runs the same driver again with the one spec file replaced by a new file holding <paramref name="spec"/>.</summary>
    public GeneratorRun NextWithSpec(string spec)
    {
        var old = Assert.Single(AdditionalTexts);
        var replacement = new InMemoryAdditionalText(old.Path, spec);
        return Start(Driver.ReplaceAdditionalText(old, replacement), Input, AdditionalTexts.Replace(old, replacement));
    }

    public string Source(string hintName) =>
        Generator.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    /// <summary>Warnings and errors of the compilation with the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Errors of the compilation with the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationErrors() =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
}
