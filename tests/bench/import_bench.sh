#!/usr/bin/env bash
# Benchmark: import of a 100,000-row (~15 MB) satisfaction export, side by side with sqlite3's
# own CSV import of the same file, in one run. Prints both times, their ratio and QuickWins's
# peak memory (times: medians of three runs; memory: the largest). Usage: tests/bench/import_bench.sh [path/to/quickwins]   (Release build advised)
# Needs: python3, sqlite3, GNU time (/usr/bin/time).
set -euo pipefail
app=${1:-build-release/app/quickwins}
rows=${ROWS:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/export.csv" "$rows" <<'PY'
import csv, random, sys, datetime
path, rows = sys.argv[1], int(sys.argv[2])
random.seed(7)
services = ["Email & calendar", "Video conferencing", "Wi-Fi & network", "Printing",
            "Student portal", "Password & accounts", "Laptops & devices", "Service desk phone line"]
groups = ["Service desk", "Network team", "Collaboration team", "Print services", "End-user computing"]
words = ("the call went to voice mail nobody answered waited two days for a reply ticket closed "
         "without asking printer still jammed after the visit wi-fi drops every afternoon in the "
         "library password reset link expired twice laptop not ready on my first day").split()
start = datetime.datetime(2025, 1, 1)
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["number", "opened_at", "short_description", "caller_id", "priority", "state",
                "category", "assignment_group", "assigned_to", "u_satisfaction", "comments",
                "contact_type", "reopen_count"])
    for n in range(rows):
        when = start + datetime.timedelta(minutes=5 * n + random.randint(0, 4))
        comment = " ".join(random.choice(words) for _ in range(random.randint(3, 14)))
        w.writerow([f"INC{n:07d}", when.strftime("%Y-%m-%d %H:%M:%S"),
                    comment[:40], f"user{random.randint(1, 20000)}@example.edu",
                    random.randint(1, 4), "Closed", random.choice(services), random.choice(groups),
                    f"Agent {random.randint(1, 60)}", random.randint(1, 5), comment,
                    random.choice(["phone", "email", "self-service", "chat", "walk-in"]),
                    random.choice([0, 0, 0, 1])])
PY

# EXPORT_ONLY=FILE: only writes the export there (the team register's benchmark imports it too).
if [ -n "${EXPORT_ONLY:-}" ]; then
    cp "$work/export.csv" "$EXPORT_ONLY"
    exit 0
fi
size=$(du -h "$work/export.csv" | cut -f1)
export QT_QPA_PLATFORM=offscreen
# Three runs of each, alternating, each into a new database; the medians are compared.
for run in 1 2 3; do
    rm -f "$work"/quickwins.qwr* "$work"/sqlite.db*
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/mem$run" "$app" --register "$work/quickwins.qwr" --import "$work/export.csv" > "$work/out"; tail -1 "$work/out" > "$work/summary"
    t1=$(date +%s.%N)
    sqlite3 "$work/sqlite.db" -cmd '.mode csv' ".import $work/export.csv t"
    t2=$(date +%s.%N)
    echo "$t0 $t1 $t2" >> "$work/times"
done

python3 - "$work/times" "$(cat "$work"/mem?)" "$rows" "$size" "$(cat "$work/summary")" <<'PY'
import sys, statistics
times, mems, rows, size, summary = sys.argv[1:]
runs = [list(map(float, line.split())) for line in open(times)]
qws = [t1 - t0 for t0, t1, t2 in runs]
sqs = [t2 - t1 for t0, t1, t2 in runs]
qw, sq = statistics.median(qws), statistics.median(sqs)
mem = max(int(m) for m in mems.split())
print(f"export: {int(rows):,} rows, {size}; medians of {len(runs)} runs")
print(f"quickwins --import: {qw:6.2f} s   ({summary})")
print(f"sqlite3 .import:    {sq:6.2f} s")
print(f"ratio:              {qw / sq:6.2f}   (target at most 2.0)")
print(f"peak memory:        {mem / 1024:6.1f} MiB (target at most 200 MiB)")
PY
