using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CometChat.Rest.Generator.Tests.Infrastructure;

/// <summary>Analyzer config options from a dictionary (<c>build_property.X</c>, <c>build_metadata.AdditionalFiles.X</c>).</summary>
internal sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
{
    private readonly Dictionary<string, string> _values;

    public TestAnalyzerConfigOptions(IEnumerable<KeyValuePair<string, string>>? values = null)
    {
        _values = new Dictionary<string, string>(values ?? [], KeyComparer);
    }

    public static TestAnalyzerConfigOptions Empty { get; } = new();

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}

/// <summary>Global options plus per-additional-file options, looked up by the file's path.</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, TestAnalyzerConfigOptions> _files;

    public TestAnalyzerConfigOptionsProvider(
        IEnumerable<KeyValuePair<string, string>>? global = null,
        IReadOnlyDictionary<string, IEnumerable<KeyValuePair<string, string>>>? files = null)
    {
        GlobalOptions = new TestAnalyzerConfigOptions(global);
        _files = new Dictionary<string, TestAnalyzerConfigOptions>(StringComparer.Ordinal);
        foreach (var (path, values) in files ?? new Dictionary<string, IEnumerable<KeyValuePair<string, string>>>())
        {
            _files[path] = new TestAnalyzerConfigOptions(values);
        }
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestAnalyzerConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? options : TestAnalyzerConfigOptions.Empty;
}
