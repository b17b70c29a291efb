#!/usr/bin/env bash
# The team register's figures (issue 17), each side by side with its reference in one run, on a
# throw-away PostgreSQL 15 server on this machine (loopback; the server's defaults, so that it
# waits for the disk as a team's server does; tests/pgserver.sh starts and stops it):
#   open to the first painted window, 1,000,000 interactions / 10,000 entries, server vs file;
#   the filter keystroke on the server's register;
#   import of 100,000 rows into a server register vs psql's \copy of the file into a bare table;
#   ten clients editing at once: how long until a change is seen in the others (95th percentile).
# Usage: tests/bench/server_bench.sh [BUILD_DIR]   (cmake --build BUILD --target bench_open
#        bench_filter bench_live quickwins). Needs python3, psql. About ten minutes on two cores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build-release}" && pwd)
app=$build/app/quickwins
work=$(mktemp -d)
cleanup() {
    "$here/../pgserver.sh" stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
chmod 755 "$work"
for line in $(QW_PG_OPTIONS="" "$here/../pgserver.sh" start "$work/pg"); do export "$line"; done
server=$QW_TEST_POSTGRES
sql() { psql "$server/postgres" -X -q -v ON_ERROR_STOP=1 -c "$1"; }

echo "Generating a register of 1,000,000 interactions and 10,000 entries, and copying it to the server…" >&2
"$app" --register "$work/big.qwr" --generate 1000000,10000 >/dev/null 2>&1
sql "CREATE DATABASE big"
t0=$(date +%s.%N)
"$app" --register "$work/big.qwr" --copy-to "$server/big" >/dev/null
t1=$(date +%s.%N)
copy_s=$(python3 -c "print(f'{$t1 - $t0:.1f}')")

echo "Opening each seven times…" >&2
for run in $(seq 7); do
    "$build/tests/bench_open" "$work/big.qwr" 2>/dev/null >> "$work/open-file"
    "$build/tests/bench_open" "$server/big" 2>/dev/null >> "$work/open-server"
done
filter=$("$build/tests/bench_filter" "$server/big" 2>/dev/null)

echo "Importing 100,000 rows three times each…" >&2
EXPORT_ONLY="$work/export.csv" "$here/import_bench.sh" "$app"
chmod 644 "$work/export.csv"
columns="number text, opened_at text, short_description text, caller_id text, priority text, state text,
         category text, assignment_group text, assigned_to text, u_satisfaction text, comments text,
         contact_type text, reopen_count text"
for run in 1 2 3; do
    sql "CREATE DATABASE import$run"
    sql "CREATE DATABASE copy$run"
    psql "$server/copy$run" -X -q -c "CREATE TABLE bare ($columns)"
    t0=$(date +%s.%N)
    "$app" --register "$server/import$run" --import "$work/export.csv" > "$work/import-out"
    t1=$(date +%s.%N)
    psql "$server/copy$run" -X -q -c "\\copy bare FROM '$work/export.csv' CSV HEADER"
    t2=$(date +%s.%N)
    echo "$t0 $t1 $t2" >> "$work/import-times"
done

echo "Ten clients editing at once for 20 s…" >&2
sql "CREATE DATABASE live"
"$app" --register "$server/live" --generate 1000,10 >/dev/null
for client in $(seq 0 9); do
    "$build/tests/bench_live" "$server/live" "$client" 20 > "$work/live-$client" 2>"$work/live-$client.err" &
done
wait

python3 - "$work" "$filter" "$copy_s" "$(tail -1 "$work/import-out")" <<'PY'
import glob, re, statistics, sys
work, filter_line, copy_s, import_summary = sys.argv[1:]
def numbers(path): return [float(x) for x in open(path).read().split()]
open_file, open_server = statistics.median(numbers(f"{work}/open-file")), statistics.median(numbers(f"{work}/open-server"))
filter_ms = float(re.search(r"median ([\d.]+) ms", filter_line).group(1))
runs = [list(map(float, line.split())) for line in open(f"{work}/import-times")]
qw = statistics.median([t1 - t0 for t0, t1, t2 in runs])
cp = statistics.median([t2 - t1 for t0, t1, t2 in runs])
heard = []
for path in glob.glob(f"{work}/live-[0-9]"):
    heard += [int(x) for x in open(path).read().split(":", 1)[1].split()]
heard.sort()
p95 = heard[int(len(heard) * 0.95)] if heard else float("nan")
rows = [
    ("open to first painted window, server vs file (1M / 10k)", f"{open_server:.0f} ms", f"{open_file:.0f} ms", open_server / open_file, "ratio <= 1.5", open_server / open_file <= 1.5),
    ("filter: one more letter, list and matrix updated (server)", f"{filter_ms:.1f} ms", "", filter_ms, "<= 50 ms", filter_ms <= 50),
    ("import of 100,000 rows vs psql \\copy into a bare table", f"{qw:.2f} s", f"{cp:.2f} s", qw / cp, "ratio <= 1.5", qw / cp <= 1.5),
    ("10 clients editing: change seen by the others, p95", f"{p95:.0f} ms", "", p95, "<= 250 ms", p95 <= 250),
]
print()
print(f"| {'measure':<58} | {'QuickWins':>10} | {'reference':>10} | {'result':>8} | {'target':<12} | met |")
print(f"|{'-'*60}|{'-'*12}|{'-'*12}|{'-'*10}|{'-'*14}|-----|")
for name, value, ref, result, target, met in rows:
    shown = f"{result:.2f}" if "ratio" in target else f"{result:.1f}"
    print(f"| {name:<58} | {value:>10} | {ref:>10} | {shown:>8} | {target:<12} | {'yes' if met else 'NO':<3} |")
print()
print(f"open: median of 7 fresh processes each; filter: median of 54 keystrokes; import: median of 3")
print(f"({import_summary}); clients: {len(heard)} changes heard over 20 s by 10 clients each editing every")
print(f"200 ms (median {statistics.median(heard) if heard else float('nan'):.0f} ms, max {max(heard) if heard else float('nan'):.0f} ms).")
print(f"The 1M register was copied to the server in {copy_s} s (quickwins --copy-to).")
PY
