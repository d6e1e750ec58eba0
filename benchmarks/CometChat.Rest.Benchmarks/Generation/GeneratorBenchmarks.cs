using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CometChat.Rest.Benchmarks.Generation;

/// <summary>
/// The generator over the full spec, driven the way the compiler drives it. The floor is parsing the same text
/// into a <see cref="JsonDocument"/> and nothing else: no generator can do less than read its input.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorInputs.CreateCompilation("namespace App; public static class Program { public static void Main() { } }");
        // An unrelated C# edit: a new file in the application.
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; internal static class Unrelated { }", GeneratorInputs.ParseOptions));
        _warmDriver = GeneratorInputs.CreateDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "Floor: JsonDocument.Parse(spec)")]
    public int ParseFloor()
    {
        using var document = JsonDocument.Parse(GeneratorInputs.SpecText);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Description = "Cold run: new driver, parse + emit")]
    public int ColdRun() =>
        GeneratorInputs.CreateDriver().RunGenerators(_compilation).GetRunResult().Results[0].GeneratedSources.Length;

    [Benchmark(Description = "Warm run: after an unrelated C# edit")]
    public int WarmRun() =>
        _warmDriver.RunGenerators(_edited).GetRunResult().Results[0].GeneratedSources.Length;
}
