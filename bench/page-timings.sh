#!/usr/bin/env bash
# Server render time of the dashboard's pages over HTTP (the prerendered response a browser gets first),
# on a fresh SQLite database with the province demo set (110 units x 5 indicators x 24 months).
# Prints cold start to first page, then median and p95 per page over N requests after a warm-up.
# Usage: bench/page-timings.sh [requests-per-page] [database file from tools/DataGenerator]   (needs curl and python3)
# Without a file the app creates and seeds a new province database, and the cold start includes that.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-40}
source_db=${2:-}
# A free port: other engineers' benchmarks run on the same machine and must not answer ours.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Dashboard -c Release -v quiet -nologo >/dev/null
app=src/Dashboard/bin/Release/net10.0/TargetsDashboard.Dashboard.dll

# Production over a generated file; without one, demo mode seeds the database, and demo mode is refused in Production,
# so that run uses Staging (the same pipeline: no developer pages, HSTS, the error handler).
environment=Staging
demo=true
if [ -n "$source_db" ]; then
  cp "$source_db" "$work/bench.db"
  environment=Production
  demo=false
fi

start=$(date +%s.%N)
ConnectionStrings__Dashboard="Data Source=$work/bench.db" Database__DemoEndMonth=2025-10 Demo__Enabled=$demo \
  Province__Name="Đồng Nai" ASPNETCORE_ENVIRONMENT=$environment Logging__LogLevel__Default=Warning \
  Accounts__InitialAdminUserName=bench Accounts__InitialAdminPassword='Bench@2026x' \
  dotnet "$app" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/dang-nhap"; do sleep 0.05; done
ready=$(date +%s.%N)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK"
printf 'cold start to first page (%s): %.2f s\n' "${source_db:-new database: migrate + seed + render}" "$(echo "$ready - $start" | bc)"
echo "database: $(du -k "$work/bench.db" | cut -f1) KiB (+ WAL $(du -k "$work/bench.db-wal" 2>/dev/null | cut -f1) KiB)"

# Every page needs sign-in: sign in once through the form (antiforgery token, password), as a browser does.
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/dang-nhap" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "tenDangNhap=bench" --data-urlencode "matKhau=Bench@2026x" --data-urlencode "returnUrl=/" \
  "http://127.0.0.1:$port/tai-khoan/dang-nhap"

# The last two are floors, not pages anyone reads: a signed-in static page without the app's layout, and the 404
# page, which is the app's layout and nothing else. No page of the app can answer faster than these.
pages=("/" "/?nhom=xa-phuong&sx=thieu-DIGITIZED&giam=true" "/chi-tieu/DIGITIZED" "/don-vi/so-tu-phap" "/xep-hang" "/xep-hang/tom-tat" "/tai-khoan/doi-mat-khau" "/khong-ton-tai")
# BENCH_PAGES="/a /b" measures other pages instead.
if [ -n "${BENCH_PAGES:-}" ]; then read -r -a pages <<<"$BENCH_PAGES"; fi
# Every page first until its code is fully compiled (tiered JIT: 30 calls, then a background recompile; five
# requests measured the first tier, 1.5-2 x the steady time; BENCH_WARMUP=5 gives the old figures). Then the pages
# in turn, one request each per round, so that whatever else the machine does falls on every page alike and the
# ratios between pages (a page to the bare layout) hold.
for page in "${pages[@]}"; do
  for _ in $(seq "${BENCH_WARMUP:-200}"); do curl -s -b "$jar" -o /dev/null "http://127.0.0.1:$port$page"; done
done
sleep 1
for i in "${!pages[@]}"; do
  curl -s -b "$jar" -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$port${pages[$i]}" > "$work/status-$i"
done
for _ in $(seq "$requests"); do
  for i in "${!pages[@]}"; do
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port${pages[$i]}" >> "$work/times-$i"
  done
done
printf '%-50s %6s %10s %10s\n' page status median_ms p95_ms
for i in "${!pages[@]}"; do
  python3 - "${pages[$i]}" "$(cat "$work/status-$i")" "$work/times-$i" <<'PY'
import statistics, sys
page, status, path = sys.argv[1], sys.argv[2], sys.argv[3]
times = sorted(float(t) * 1000 for t in open(path))
p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
print(f"{page:<50} {status:>6} {statistics.median(times):>10.1f} {p95:>10.1f}")
PY
done
