#!/usr/bin/env bash
# How often `judge complexity` names the right class: an O(n), an O(n log n) and an O(n^2)
# solution of five problems (kth-largest has more), in Python and in Rust, RUNS times each
# (default 10), with a budget of SECONDS of the solution's CPU time per report (default 10).
# Prints a table: the problem, the language, the class the solution should get, how many runs reported each class
# (or "unclear"), and the wall-clock time its runs took. The shipped solutions come from
# problems/; the others from tests/fixtures/complexity/.
#
# Usage: bench/complexity.sh [RUNS] [SECONDS] [PARALLEL]   (PARALLEL: solutions measured at
# once, default 1; CPU time, not wall time, is measured, so a busy machine slows the script
# more than it moves the times. JUDGE=path uses that binary instead of building one; CASES=file
# reads the cases from a file of lines "problem file expected" instead of the list below.)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
SECONDS_BUDGET=${2:-10}
PARALLEL=${3:-1}

if [ -z "${JUDGE:-}" ]; then
  cargo build --release --quiet
  JUDGE=$PWD/target/release/judge
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

F=tests/fixtures/complexity
# problem | file | expected class (as --format json writes it, spaces as _)
DEFAULT_CASES="maximum-subarray problems/maximum-subarray/solutions/accepted/kadane.py n
maximum-subarray $F/maximum-subarray/divide_and_conquer_blocks.py n_log_n
maximum-subarray problems/maximum-subarray/solutions/time_limit_exceeded/all_blocks.py n^2
maximum-subarray problems/maximum-subarray/solutions/accepted/kadane.rs n
maximum-subarray $F/maximum-subarray/ordered_prefixes.rs n_log_n
maximum-subarray problems/maximum-subarray/solutions/time_limit_exceeded/all_blocks.rs n^2
majority-element problems/majority-element/solutions/accepted/boyer_moore.py n
majority-element problems/majority-element/solutions/accepted/sort_middle.py n_log_n
majority-element $F/majority-element/count_every_value.py n^2
majority-element problems/majority-element/solutions/accepted/boyer_moore.rs n
majority-element $F/majority-element/ordered_map.rs n_log_n
majority-element $F/majority-element/count_every_value.rs n^2
best-time-to-buy-and-sell-stock problems/best-time-to-buy-and-sell-stock/solutions/accepted/one_pass.py n
best-time-to-buy-and-sell-stock $F/best-time-to-buy-and-sell-stock/divide_and_conquer_blocks.py n_log_n
best-time-to-buy-and-sell-stock problems/best-time-to-buy-and-sell-stock/solutions/time_limit_exceeded/all_pairs.py n^2
best-time-to-buy-and-sell-stock problems/best-time-to-buy-and-sell-stock/solutions/accepted/one_pass.rs n
best-time-to-buy-and-sell-stock $F/best-time-to-buy-and-sell-stock/ordered_set.rs n_log_n
best-time-to-buy-and-sell-stock problems/best-time-to-buy-and-sell-stock/solutions/time_limit_exceeded/all_pairs.rs n^2
contains-duplicate problems/contains-duplicate/solutions/accepted/hash_set.py n
contains-duplicate $F/contains-duplicate/sort_adjacent.py n_log_n
contains-duplicate problems/contains-duplicate/solutions/time_limit_exceeded/all_pairs.py n^2
contains-duplicate problems/contains-duplicate/solutions/accepted/hash_set.rs n
contains-duplicate $F/contains-duplicate/sort_adjacent.rs n_log_n
contains-duplicate problems/contains-duplicate/solutions/time_limit_exceeded/all_pairs.rs n^2
kth-largest-element-in-an-array $F/kth-largest-element-in-an-array/quickselect.py n
kth-largest-element-in-an-array $F/kth-largest-element-in-an-array/count_values.py n
kth-largest-element-in-an-array $F/kth-largest-element-in-an-array/merge_sort.py n_log_n
kth-largest-element-in-an-array $F/kth-largest-element-in-an-array/sort_all.py n_log_n
kth-largest-element-in-an-array $F/kth-largest-element-in-an-array/count_larger.py n^2
kth-largest-element-in-an-array problems/kth-largest-element-in-an-array/solutions/accepted/select_nth.rs n
kth-largest-element-in-an-array $F/kth-largest-element-in-an-array/ordered_set.rs n_log_n
kth-largest-element-in-an-array $F/kth-largest-element-in-an-array/insert_ordered_set.rs n_log_n
kth-largest-element-in-an-array $F/kth-largest-element-in-an-array/count_larger.rs n^2"
if [ -n "${CASES:-}" ]; then DEFAULT_CASES=$(cat "$CASES"); fi

measure() {  # problem file expected index
  local problem=$1 file=$2 want=${3//_/ } idx=$4 i class start
  start=$(date +%s)
  for i in $(seq 1 "$RUNS"); do
    class=$("$JUDGE" complexity "$problem" "$file" --format json --seconds "$SECONDS_BUDGET" 2>/dev/null \
      | python3 -c 'import json,sys
d = json.load(sys.stdin)
f = d["fit"]
print(f["class"] if f["class"] is not None else "unclear")' || echo error)
    echo "$class" >> "$OUT/$idx.classes"
  done
  python3 - "$OUT/$idx.classes" "$problem" "$file" "$want" "$(( $(date +%s) - start ))" <<'PY'
import collections, os, sys
path, problem, file, want, took = sys.argv[1:]
got = [l.strip() for l in open(path)]
lang = "python" if file.endswith(".py") else "rust"
counts = collections.Counter(got)
order = ["1", "log n", "n", "n log n", "n^2", "n^3", "2^n", "unclear", "error"]
cells = [str(counts.get(c, 0) or ".") for c in order]
name = os.path.basename(file)
print(f"{problem[:20]:<20} {name[:26]:<26} {lang:<7} {want:<8} {counts.get(want, 0):>2}/{len(got):<3} "
      + " ".join(f"{c:>7}" for c in cells) + f" {int(took):>6} s")
PY
}

started=$(date +%s)
echo "judge complexity, $RUNS runs per solution, --seconds $SECONDS_BUDGET, $PARALLEL at once, $(nproc) cores, load at start $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-20s %-26s %-7s %-8s %-6s' problem solution lang expected right
for c in "1" "log n" "n" "n log n" "n^2" "n^3" "2^n" unclear error; do printf ' %7s' "$c"; done
printf ' %8s\n' took
idx=0
while read -r problem file want; do
  [ -z "$problem" ] && continue
  idx=$((idx + 1))
  measure "$problem" "$file" "$want" "$idx" > "$OUT/$idx.line" &
  while [ "$(jobs -rp | wc -l)" -ge "$PARALLEL" ]; do sleep 1; done
done <<< "$DEFAULT_CASES"
wait
for i in $(seq 1 "$idx"); do cat "$OUT/$i.line"; done
echo "all: $(( $(date +%s) - started )) s; load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
