#!/usr/bin/env bash
# Benchmark: triage's causes at scale and their quality, in one run. Prints:
#  - finding causes in the poor responses of a 1,000,000-row free-text export (about 450,000
#    poor): time and peak memory of quickwins --export-groups (reading, grouping on its thread,
#    writing the causes and the CSV), and how many causes;
#  - showing the Triage tab on that register (bench_triage);
#  - an import of 100,000 new rows into it (their poor responses placed into the causes within
#    the import) against the same import into the register before causes were found, and
#    against sqlite3's own .import of the file (medians of three, alternating);
#  - quality on a 10,000-row export: causes_quality.py (QuickWins against TF-IDF + k-means).
# Usage: tests/bench/causes_bench.sh [BUILD_DIR]   Needs: /usr/bin/python3 with python3-sklearn,
# sqlite3, GNU time. Takes about ten minutes on two cores (most of it the baselines' k-means).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build-release}" && pwd)
app=$build/app/quickwins
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

"$here/make_cause_export.py" "$work/big.csv" 1000000 --seed 7
"$here/make_cause_export.py" "$work/later.csv" 100000 --seed 8
sed -i 's/^INC/REQ/' "$work/later.csv" # other tickets: new responses, not the same ones again
"$app" --register "$work/big.qwr" --import "$work/big.csv" > /dev/null
cp "$work/big.qwr" "$work/before.qwr"
/usr/bin/time -f "%e s, peak %M KiB" -o "$work/find.time" \
    "$app" --register "$work/big.qwr" --export-groups "$work/groups.csv" 2> "$work/find.out"
echo "finding causes (1,000,000 rows): $(grep found "$work/find.out"); quickwins --export-groups in all: $(cat "$work/find.time")"
"$build/tests/bench_triage" "$work/big.qwr" 2>/dev/null
for run in 1 2 3; do
    cp "$work/big.qwr" "$work/with.qwr"; cp "$work/before.qwr" "$work/without.qwr"; rm -f "$work/ref.db"
    t0=$(date +%s.%N); "$app" --register "$work/with.qwr" --import "$work/later.csv" > /dev/null
    t1=$(date +%s.%N); "$app" --register "$work/without.qwr" --import "$work/later.csv" > /dev/null
    t2=$(date +%s.%N); sqlite3 "$work/ref.db" -cmd '.mode csv' ".import $work/later.csv t"
    t3=$(date +%s.%N); echo "$t0 $t1 $t2 $t3" >> "$work/import.times"
done
python3 - "$work/import.times" <<'PY'
import statistics, sys
runs = [list(map(float, l.split())) for l in open(sys.argv[1])]
w = statistics.median(t1 - t0 for t0, t1, t2, t3 in runs)
wo = statistics.median(t2 - t1 for t0, t1, t2, t3 in runs)
sq = statistics.median(t3 - t2 for t0, t1, t2, t3 in runs)
print(f"import of 100,000 rows into the 1M register: with causes (placed) {w:.2f} s, before causes {wo:.2f} s, "
      f"sqlite3 .import {sq:.2f} s; ratio with causes {w / sq:.1f}, placing costs {w - wo:.2f} s")
PY
"$here/make_cause_export.py" "$work/small.csv" 10000
"$app" --register "$work/small.qwr" --import "$work/small.csv" > /dev/null
"$app" --register "$work/small.qwr" --export-groups "$work/small-groups.csv" 2> /dev/null
"$here/causes_quality.py" "$work/small.csv" "$work/small-groups.csv" | grep -E "considered|groups:|coverage|NMI"
