using System.Linq;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CometChat.Rest.Generator.Emitting;
using CometChat.Rest.Generator.Model;
using CometChat.Rest.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CometChat.Rest.Benchmarks.Generation;

/// <summary>
/// The generator over the full spec, driven the way the compiler drives it (no step tracking). The floor is
/// parsing the same text into a <see cref="JsonDocument"/> and nothing else: no generator can do less than read
/// its input. Parsing (spec → model) and emitting (model → C#) are also timed on their own, to show where a cold
/// run's time goes.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmDriver = null!;
    private SpecModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorInputs.CreateCompilation("namespace App; public static class Program { public static void Main() { } }");
        // An unrelated C# edit: a new file in the application.
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; internal static class Unrelated { }", GeneratorInputs.ParseOptions));
        _warmDriver = GeneratorInputs.CreateDriver(trackSteps: false).RunGenerators(_compilation);
        _model = SpecParser.Parse(GeneratorInputs.Input, CancellationToken.None).Model;
    }

    [Benchmark(Baseline = true, Description = "Floor: JsonDocument.Parse(spec)")]
    public int ParseFloor()
    {
        using var document = JsonDocument.Parse(GeneratorInputs.SpecText);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Description = "Cold run: new driver, parse + emit")]
    public int ColdRun() =>
        GeneratorInputs.CreateDriver(trackSteps: false).RunGenerators(_compilation).GetRunResult().Results[0].GeneratedSources.Length;

    [Benchmark(Description = "Warm run: after an unrelated C# edit")]
    public int WarmRun() =>
        _warmDriver.RunGenerators(_edited).GetRunResult().Results[0].GeneratedSources.Length;

    [Benchmark(Description = "Part of cold: parse only (spec → model)")]
    public int ParseOnly() => SpecParser.Parse(GeneratorInputs.Input, CancellationToken.None).Model.Models.Count;

    [Benchmark(Description = "Part of cold: emit only (model → C# text)")]
    public int EmitOnly()
    {
        var chars = _model.Models.Sum(m => ModelEmitter.Emit(m).Length)
            + _model.Enums.Sum(e => EnumEmitter.Emit(e).Length)
            + _model.Groups.Sum(g => ClientEmitter.Emit(g).Length);
        return chars + RootEmitter.EmitClient(_model.Root).Length + RootEmitter.EmitResolver(_model.Root).Length + RootEmitter.EmitErrorCodes(_model.ErrorCodes).Length;
    }
}
