using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using CometChat.Rest.Benchmarks;

// Usage (see docs/performance.md):
//   dotnet run -c Release --project benchmarks/CometChat.Rest.Benchmarks -- [--quick] [--no-checks | --checks-only] [BenchmarkDotNet options]
//   --quick        a short job (1 launch, 3 warm-up and 3 measured iterations): a few minutes on 2 cores
//   --no-checks    skip the printed checks (generator steps and size, paging memory)
//   --checks-only  run only the checks
//   --allocations  print what one call allocates, by type, SDK beside floor (for finding where bytes go)
// Anything else goes to BenchmarkDotNet (--filter, --job Dry, --inProcess, ...); with no --filter, everything runs.
var rest = new List<string>(args);
var quick = rest.Remove("--quick");
var noChecks = rest.Remove("--no-checks");
var checksOnly = rest.Remove("--checks-only");
if (rest.Remove("--allocations"))
{
    await AllocationProfile.RunAsync();
    return 0;
}

var checksPassed = true;
if (!noChecks)
{
    checksPassed = await Checks.RunAsync([1_000, 10_000]);
}

if (checksOnly)
{
    return checksPassed ? 0 : 1;
}

if (!rest.Contains("--filter") && !rest.Contains("-f"))
{
    rest.AddRange(["--filter", "*"]);
}

var config = DefaultConfig.Instance;
if (quick)
{
    config = config.AddJob(Job.ShortRun.WithId("Quick").WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Checks).Assembly).Run([.. rest], config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) || !checksPassed ? 1 : 0;
