using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CometChat.Rest.Benchmarks.Generation;
using CometChat.Rest.Benchmarks.Paging;
using CometChat.Rest.Generator;
using CometChat.Rest.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CometChat.Rest.Benchmarks;

/// <summary>
/// Measurements that are facts rather than timings, printed before the benchmarks and written to
/// <c>BenchmarkDotNet.Artifacts/results/checks.md</c>: what the generator's warm run did, how much it emits,
/// and how much memory paging keeps alive.
/// </summary>
public static class Checks
{
    /// <summary>Runs every check; false when one of the targets they verify does not hold.</summary>
    public static async Task<bool> RunAsync(int[] totals)
    {
        var report = new StringBuilder();
        var ok = GeneratorSteps(report);
        ok &= await PagingMemoryAsync(report, totals);

        var text = report.ToString();
        Console.WriteLine(text);
        var directory = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "checks.md"), text);
        return ok;
    }

    /// <summary>
    /// Runs a driver cold, then again on a compilation with an unrelated file added, and reads the driver's tracked
    /// steps: the warm run must produce nothing new or modified, in the pipeline or in the source outputs.
    /// </summary>
    private static bool GeneratorSteps(StringBuilder report)
    {
        var compilation = GeneratorInputs.CreateCompilation("namespace App; public static class Program { public static void Main() { } }");
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; internal static class Unrelated { }", GeneratorInputs.ParseOptions));

        var cold = GeneratorInputs.CreateDriver().RunGenerators(compilation);
        var coldResult = cold.GetRunResult().Results.Single();
        var warmResult = cold.RunGenerators(edited).GetRunResult().Results.Single();

        var sources = coldResult.GeneratedSources;
        var chars = sources.Sum(s => s.SourceText.Length);
        var lines = sources.Sum(s => s.SourceText.Lines.Count);
        report.AppendLine("## Generator: output and incrementality");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Spec: {GeneratorInputs.SpecText.Length:N0} chars. Emitted: {sources.Length} files, {chars:N0} chars, {lines:N0} lines; {coldResult.Diagnostics.Length} diagnostics.");
        report.AppendLine();
        report.AppendLine("| step | cold run | warm run (unrelated C# edit) |");
        report.AppendLine("|---|---|---|");

        var ok = coldResult.Exception is null && warmResult.Exception is null;
        string[] steps =
        [
            CometChatGenerator.StepNames.SpecFiles, CometChatGenerator.StepNames.Parse, CometChatGenerator.StepNames.Diagnostics,
            CometChatGenerator.StepNames.Models, CometChatGenerator.StepNames.Enums, CometChatGenerator.StepNames.Groups,
            CometChatGenerator.StepNames.Root, CometChatGenerator.StepNames.ErrorCodes,
        ];
        foreach (var step in steps)
        {
            var coldReasons = Reasons(coldResult.TrackedSteps, step);
            var warmReasons = Reasons(warmResult.TrackedSteps, step);
            ok &= warmReasons.Count > 0 && warmReasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {Describe(coldReasons)} | {Describe(warmReasons)} |");
        }

        // The source outputs themselves: RegisterSourceOutput nodes, where emitting happens.
        var coldOutputs = coldResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        var warmOutputs = warmResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        ok &= warmOutputs.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        report.AppendLine(CultureInfo.InvariantCulture, $"| source outputs (emit) | {Describe(coldOutputs)} | {Describe(warmOutputs)} |");
        report.AppendLine();
        report.AppendLine(ok
            ? "Warm run: no step produced a New or Modified output, so nothing was parsed or emitted again."
            : "Warm run: SOME STEP RAN AGAIN (see the table).");
        report.AppendLine();
        return ok;
    }

    private static List<IncrementalStepRunReason> Reasons(System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps, string name) =>
        steps.TryGetValue(name, out var runs) ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList() : [];

    private static string Describe(List<IncrementalStepRunReason> reasons) =>
        reasons.Count == 0
            ? "not run"
            : string.Join(", ", reasons.GroupBy(r => r).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));

    /// <summary>
    /// Walks every user with <c>ListAllAsync</c> and, at the last item of each page (when that page is in memory),
    /// forces a full collection and reads the live heap. The peak above the heap before the walk is what paging
    /// keeps alive; holding the same users in a list is shown beside it for contrast. Pages come from memory, so
    /// the heap and the allocations are the client's alone; the emulator walk is measured the same way.
    /// </summary>
    private static async Task<bool> PagingMemoryAsync(StringBuilder report, int[] totals)
    {
        report.AppendLine("## Paging: live memory while walking every user");
        report.AppendLine();
        report.AppendLine("| users | pages | peak live heap above start while paging (pages in memory) | same, from the emulator | live heap of the same users held in a List | client allocations per user |");
        report.AppendLine("|---:|---:|---:|---:|---:|---:|");
        var peaks = new List<long>();
        var perUser = new List<double>();
        foreach (var total in totals)
        {
            var (http, client) = SeededEmulator.InMemory(total);
            using (http)
            using (client)
            {
                await SeededEmulator.CountAllAsync(client);
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                await SeededEmulator.CountAllAsync(client);
                var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)total;
                var (peak, pages) = await PeakWhilePagingAsync(client);

                var start = LiveHeap();
                var all = new List<User>(total);
                await foreach (var user in client.Users.ListAllAsync(SeededEmulator.ListOptions))
                {
                    all.Add(user);
                }

                var held = LiveHeap() - start;
                GC.KeepAlive(all);

                await using var seeded = await SeededEmulator.StartAsync(total);
                var (emulatorPeak, _) = await PeakWhilePagingAsync(seeded.Client);

                peaks.Add(peak);
                perUser.Add(allocated);
                report.AppendLine(CultureInfo.InvariantCulture, $"| {total:N0} | {pages:N0} | {Kb(peak)} | {Kb(emulatorPeak)} | {Kb(held)} | {allocated:N0} B |");
            }
        }

        // Independent of the total: peaks stay within one page's worth of each other (a page of 100 users is about
        // 55 KB live) and allocations per user within 10%, while the totals differ 10x or more.
        var ok = peaks.Max() - peaks.Min() <= 64 * 1024 && perUser.Max() <= perUser.Min() * 1.1;
        report.AppendLine();
        report.AppendLine(ok
            ? "Peak live memory and allocations per user do not grow with the number of users: one page is held at a time."
            : "Peak live memory or allocations per user GROW with the number of users.");
        report.AppendLine();
        return ok;
    }

    private static async Task<(long Peak, int Pages)> PeakWhilePagingAsync(CometChatClient client)
    {
        await SeededEmulator.CountAllAsync(client);
        var start = LiveHeap();
        long peak = 0;
        var count = 0;
        await foreach (var user in client.Users.ListAllAsync(SeededEmulator.ListOptions))
        {
            if (++count % SeededEmulator.PerPage == 0)
            {
                GC.KeepAlive(user);
                peak = Math.Max(peak, LiveHeap() - start);
            }
        }

        return (peak, count / SeededEmulator.PerPage);
    }

    private static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB";
}
