#!/usr/bin/env bash
# Benchmark: imports shaped like real exports, each side by side with its reference in one run.
#  (a) a 120,000-row, 36-column ServiceNow-style export (most columns unmapped, every field
#      quoted, dates as d/m/yyyy H:MM) against sqlite3's .import of the same file;
#  (b) a 100,000-row Excel workbook against Debian's xlsx2csv converting the same file (the
#      whole import must take no longer than that conversion alone).
# Times: medians of three runs, alternating; memory: QuickWins' largest peak.
# Usage: tests/bench/import_formats_bench.sh BUILD_DIR   (a Release build)
# Needs: python3, sqlite3, xlsx2csv, GNU time (/usr/bin/time); BUILD_DIR/tests/make_xlsx.
set -euo pipefail
build=$(cd "${1:-build-release}" && pwd)
app=$build/app/quickwins
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

python3 - "$work/servicenow.csv" "${SN_ROWS:-120000}" <<'PY'
import csv, random, sys, datetime
path, rows = sys.argv[1], int(sys.argv[2])
random.seed(11)
columns = ["number", "opened_at", "short_description", "caller_id", "opened_by", "priority", "state",
           "category", "subcategory", "assignment_group", "assigned_to", "u_satisfaction", "comments",
           "contact_type", "reopen_count", "cmdb_ci", "business_service", "impact", "urgency",
           "sys_created_on", "sys_updated_on", "sys_updated_by", "resolved_at", "closed_at", "close_code",
           "close_notes", "location", "company", "u_affected_user", "made_sla", "escalation", "severity",
           "knowledge", "sys_id", "active", "description"]
assert len(columns) == 36
services = ["Email & calendar", "Video conferencing", "Wi-Fi & network", "Printing", "Student portal",
            "Password & accounts", "Laptops & devices", "Service desk phone line"]
groups = ["Service desk", "Network team", "Collaboration team", "Print services", "End-user computing"]
words = ("the call went to voice mail nobody answered waited two days for a reply ticket closed without "
         "asking printer still jammed after the visit wi-fi drops every afternoon in the library password "
         "reset link expired twice laptop not ready on my first day très déçu").split()
start = datetime.datetime(2024, 1, 1)
def dmy(t): return f"{t.day}/{t.month}/{t.year} {t.hour}:{t.minute:02d}"
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(columns)
    for n in range(rows):
        when = start + datetime.timedelta(minutes=4 * n + random.randint(0, 3))
        later = when + datetime.timedelta(hours=random.randint(1, 72))
        comment = " ".join(random.choice(words) for _ in range(random.randint(3, 14)))
        service = random.choice(services)
        w.writerow([f"INC{n:07d}", dmy(when), comment[:40], f"user{random.randint(1, 20000)}@example.edu",
                    f"Agent {random.randint(1, 60)}", random.randint(1, 4), "Closed", service, "General",
                    random.choice(groups), f"Agent {random.randint(1, 60)}", random.randint(1, 5), comment,
                    random.choice(["phone", "email", "self-service", "chat", "walk-in"]), random.choice([0, 0, 0, 1]),
                    random.choice([service, "?", ""]), service, random.randint(1, 3), random.randint(1, 3),
                    dmy(when), dmy(later), "system", dmy(later), dmy(later), "Solved (Permanently)",
                    "Resolved by the service desk after checking the configuration", "Main campus", "University",
                    "", "true", "Normal", "3", "false", f"{random.getrandbits(128):032x}", "false",
                    comment + " " + comment])
PY
"$build/tests/make_xlsx" "$work/survey.xlsx" "${XLSX_ROWS:-100000}" shared > /dev/null

for run in 1 2 3; do
    rm -f "$work"/a.qwr* "$work"/b.qwr* "$work"/sqlite.db* "$work"/converted.csv
    t0=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/mem-a$run" "$app" --register "$work/a.qwr" --import "$work/servicenow.csv" > "$work/out-a"
    t1=$(date +%s.%N)
    sqlite3 "$work/sqlite.db" -cmd '.mode csv' ".import $work/servicenow.csv t"
    t2=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/mem-b$run" "$app" --register "$work/b.qwr" --import "$work/survey.xlsx" > "$work/out-b"
    t3=$(date +%s.%N)
    xlsx2csv "$work/survey.xlsx" "$work/converted.csv"
    t4=$(date +%s.%N)
    echo "$t0 $t1 $t2 $t3 $t4" >> "$work/times"
done

python3 - "$work" "$(du -h "$work/servicenow.csv" | cut -f1)" "$(du -h "$work/survey.xlsx" | cut -f1)" <<'PY'
import glob, statistics, sys
work, csv_size, xlsx_size = sys.argv[1:]
runs = [list(map(float, line.split())) for line in open(f"{work}/times")]
med = lambda i: statistics.median(r[i + 1] - r[i] for r in runs)
peak = lambda k: max(int(open(p).read().split()[0]) for p in glob.glob(f"{work}/mem-{k}*")) / 1024
last = lambda k: open(f"{work}/out-{k}").read().strip().splitlines()[-1]
a, sq, b, x2c = med(0), med(1), med(2), med(3)
print(f"(a) ServiceNow-style export, 120,000 rows x 36 columns, {csv_size}; medians of {len(runs)} runs")
print(f"    quickwins --import:  {a:6.2f} s   ({last('a')})")
print(f"    sqlite3 .import:     {sq:6.2f} s")
print(f"    ratio:               {a / sq:6.2f}   (target at most 2.0)")
print(f"    peak memory:         {peak('a'):6.1f} MiB (target at most 200 MiB)")
print(f"(b) Excel workbook, 100,000 rows, {xlsx_size}")
print(f"    quickwins --import:  {b:6.2f} s   ({last('b')})")
print(f"    xlsx2csv:            {x2c:6.2f} s")
print(f"    ratio:               {b / x2c:6.2f}   (target at most 1.0)")
print(f"    peak memory:         {peak('b'):6.1f} MiB (target at most 200 MiB)")
PY
