#!/usr/bin/env bash
# Runs the benchmarks and the printed checks; results land in BenchmarkDotNet.Artifacts/ (markdown, CSV, HTML).
#
#   benchmarks/run.sh --quick     about 3 minutes on 2 cores (1 launch, 3 warm-up and 3 measured iterations)
#   benchmarks/run.sh             BenchmarkDotNet's default job (tighter error bars; about 11 minutes)
#   benchmarks/run.sh --quick --filter '*PerCall*'   any BenchmarkDotNet option narrows or changes the run
#
# Not part of the tests or CI. See docs/performance.md for what each number means.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project benchmarks/CometChat.Rest.Benchmarks -- "$@"
