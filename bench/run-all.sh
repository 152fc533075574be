#!/usr/bin/env bash
# The whole performance benchmark on fresh databases, then one summary table:
#   - page timings over HTTP (median, p95) and cold start to the first page, province and national;
#   - BenchmarkDotNet: (a) raw SQL aggregation of one month (the baseline), (b) KPI engine for one month of
#     all units, (c) engine build from the database, with ratios to (a) measured in the same run;
#   - memory per idle interactive circuit (20 Chromium pages) on the province database.
# Usage: bench/run-all.sh [requests-per-page, default 40] [circuits, default 20]   (needs curl, python3, chromium)
# About 6-8 minutes on 2 cores. Figures are noisy on a shared machine: run it twice before quoting them.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-40}
circuits=${2:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== build (Release)"
dotnet build tools/DataGenerator -c Release -v quiet -nologo >/dev/null
dotnet build bench/Benchmarks -c Release -v quiet -nologo >/dev/null
dotnet build src/Dashboard -c Release -v quiet -nologo >/dev/null

echo "== databases"
dotnet tools/DataGenerator/bin/Release/net10.0/TargetsDashboard.DataGenerator.dll province "$work/province.db"
dotnet tools/DataGenerator/bin/Release/net10.0/TargetsDashboard.DataGenerator.dll national "$work/national.db"

for size in province national; do
  echo "== page timings: $size"
  bench/page-timings.sh "$requests" "$work/$size.db" | tee "$work/pages-$size.txt"
done

echo "== BenchmarkDotNet"
BENCH_PROVINCE_DB="$work/province.db" BENCH_NATIONAL_DB="$work/national.db" \
  dotnet bench/Benchmarks/bin/Release/net10.0/TargetsDashboard.Benchmarks.dll kpi | tee "$work/kpi.txt" | grep -E '^\||KPI-SUMMARY' || true

echo "== memory per interactive circuit (province)"
dotnet bench/Benchmarks/bin/Release/net10.0/TargetsDashboard.Benchmarks.dll memory \
  src/Dashboard/bin/Release/net10.0/TargetsDashboard.Dashboard.dll "$work/province.db" "$circuits" | tee "$work/memory.txt"

echo
python3 - "$work" <<'PY'
import re, sys, pathlib
work = pathlib.Path(sys.argv[1])
kpi = {}
for line in (work / "kpi.txt").read_text().splitlines():
    if line.startswith("KPI-SUMMARY ") and "|" in line and not line.startswith("KPI-SUMMARY size"):
        size, name, median, p95, ratio = [p.strip() for p in line[len("KPI-SUMMARY "):].split("|")]
        kpi.setdefault(size, []).append((name, float(median), float(p95), ratio))
baseline = {s: next(m for n, m, _, _ in rows if n.startswith("(a)")) for s, rows in kpi.items()}
print("SUMMARY (medians; ratios are to (a), the raw aggregation query, measured in this run)")
print(f"{'size':<9} {'what':<52} {'median ms':>10} {'p95 ms':>9} {'× (a)':>8}")
for size in ("province", "national"):
    text = (work / f"pages-{size}.txt").read_text()
    cold = re.search(r"cold start to first page \([^)]*\): ([\d.]+) s", text)
    if cold:
        print(f"{size:<9} {'cold start to first page':<52} {float(cold.group(1)) * 1000:>10.0f} {'':>9} {'':>8}")
    for name, median, p95, _ in kpi.get(size, []):
        print(f"{size:<9} {name:<52} {median:>10.2f} {p95:>9.2f} {median / baseline[size]:>7.1f}×")
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0].startswith("/") and parts[1].isdigit():
            page, status, median, p95 = parts[0], parts[1], float(parts[2]), float(parts[3])
            ratio = f"{median / baseline[size]:>7.1f}×" if size in baseline else ""
            print(f"{size:<9} {'page ' + page + ('' if status == '200' else ' [' + status + ']'):<52} {median:>10.1f} {p95:>9.1f} {ratio:>8}")
memory = re.search(r"MEMORY-SUMMARY per circuit: managed ([\d.]+) MiB, RSS ([\d.]+) MiB", (work / "memory.txt").read_text())
if memory:
    print(f"{'province':<9} {'memory per idle circuit (managed after GC / RSS)':<52} {memory.group(1) + ' / ' + memory.group(2) + ' MiB':>29}")
PY
