using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CometChat.Rest.Benchmarks.Paging;

/// <summary>
/// <c>Users.ListAllAsync</c> over every user, 100 per page: from an in-process emulator over loopback HTTP, and
/// from pages served in memory. The emulator's allocations count too (it runs in the same process) and it sorts
/// all users for every page, so its per-item numbers grow with the total; the in-memory variant is the client
/// alone, where a flat per-item column shows that memory does not depend on the total. The live-heap check
/// printed before the run measures the peak directly.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerItemConfig))]
public class PagingBenchmarks
{
    private SeededEmulator _seeded = null!;
    private HttpClient _inMemoryHttp = null!;
    private CometChatClient _inMemory = null!;

    [Params(1_000, 10_000)]
    public int Total { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _seeded = SeededEmulator.StartAsync(Total).GetAwaiter().GetResult();
        (_inMemoryHttp, _inMemory) = SeededEmulator.InMemory(Total);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _seeded.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _inMemory.Dispose();
        _inMemoryHttp.Dispose();
    }

    [Benchmark(Description = "ListAllAsync: emulator over HTTP")]
    public Task<int> ListAll_Emulator() => _seeded.CountAllAsync();

    [Benchmark(Description = "ListAllAsync: pages in memory")]
    public Task<int> ListAll_InMemory() => SeededEmulator.CountAllAsync(_inMemory);

    private sealed class PerItemConfig : ManualConfig
    {
        public PerItemConfig()
        {
            AddColumn(new PerItemColumn(allocated: false), new PerItemColumn(allocated: true));
        }
    }

    /// <summary>Time or allocated bytes per operation divided by the items the operation returned.</summary>
    private sealed class PerItemColumn(bool allocated) : IColumn
    {
        public string Id => allocated ? "AllocatedPerItem" : "TimePerItem";

        public string ColumnName => allocated ? "Allocated/item" : "Time/item";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => allocated ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => allocated
            ? "Bytes allocated per operation (client and in-process emulator) divided by Total"
            : "Mean time per operation divided by Total";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var total = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(Total))?.Value as int?;
            if (report?.ResultStatistics is null || total is not > 0)
            {
                return "-";
            }

            if (!allocated)
            {
                return (report.ResultStatistics.Mean / total.Value / 1000.0).ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + " μs";
            }

            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "-" : (bytes.Value / (double)total.Value).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " B";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
