#!/usr/bin/env bash
# The load benchmark of issue #15 (not part of `dotnet test`). Publishes the app (Release), generates the database with
# tools/DataGenerator, and runs the driver in bench/load against the app in its own process (Production):
#   bench/load/run.sh load  [province|national] [clients=200] [seconds=300] [circuits=5]
#       signed-in HTTP clients without think time over overview, a quarter view, an indicator page, rankings, a unit
#       page and the unit's workbook, after LOAD_WARMUP seconds (default 60) of the same load that are not counted,
#       plus Chromium circuits that must still answer at the end; prints throughput,
#       p50/p95/p99 per route, errors, RSS and the managed heap over time (dotnet-counters, `dotnet tool restore`).
#   bench/load/run.sh saves [province|national] [saves=100] [seconds=60] [readers=8]
#       single-figure saves through the ingestion API while readers go through the page mix; the overview and the
#       unit page right after each save against their steady-state p95.
# GC settings for an experiment go through the environment, e.g. DOTNET_gcServer=0 bench/load/run.sh load.
# Needs dotnet and Debian's chromium (CHROMIUM_PATH to override); about 3 minutes of building before the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-load}
size=${2:-province}
shift $(( $# > 2 ? 2 : $# ))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet tool restore >/dev/null
dotnet build tools/DataGenerator -c Release -v quiet -nologo >/dev/null
dotnet build bench/load -c Release -v quiet -nologo >/dev/null
dotnet publish src/Dashboard -c Release -o "$work/app" -v quiet -nologo >/dev/null
dotnet tools/DataGenerator/bin/Release/net10.0/TargetsDashboard.DataGenerator.dll "$size" "$work/$size.db"

# The generated national set suffixes its codes with the province's number.
unit=so-tu-phap
if [ "$size" = national ]; then unit=so-tu-phap-t01; fi
LOAD_UNIT=${LOAD_UNIT:-$unit} dotnet bench/load/bin/Release/net10.0/TargetsDashboard.LoadBench.dll \
  "$mode" "$work/app/TargetsDashboard.Dashboard.dll" "$work/$size.db" "$@"
