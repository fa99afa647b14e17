#!/usr/bin/env bash
# How often `judge complexity` names the right class: an O(n), an O(n log n) and an O(n^2)
# solution of three problems, in Python and in Rust, RUNS times each (default 10), with a
# budget of SECONDS of the solution's CPU time per report (default 10). Prints one line per
# solution: the class it should get, how many runs named it, and what the other runs said.
# The shipped solutions come from problems/; the O(n log n) ones from bench/complexity/.
#
# Usage: bench/complexity.sh [RUNS] [SECONDS] [PARALLEL]   (PARALLEL: solutions measured at
# once, default 1; CPU time, not wall time, is measured, so a busy machine slows the script
# more than it moves the times. JUDGE=path uses that binary instead of building one.)
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

# problem | file | expected class (as --format json writes it)
CASES="maximum-subarray problems/maximum-subarray/solutions/accepted/kadane.py n
maximum-subarray problems/maximum-subarray/solutions/accepted/kadane.rs n
maximum-subarray bench/complexity/maximum-subarray/divide_and_conquer.py n_log_n
maximum-subarray bench/complexity/maximum-subarray/divide_and_conquer.rs n_log_n
maximum-subarray problems/maximum-subarray/solutions/time_limit_exceeded/all_blocks.py n^2
maximum-subarray problems/maximum-subarray/solutions/time_limit_exceeded/all_blocks.rs n^2
two-sum problems/two-sum/solutions/accepted/hash_map.py n
two-sum problems/two-sum/solutions/accepted/hash_map.rs n
two-sum bench/complexity/two-sum/sort_two_pointers.py n_log_n
two-sum bench/complexity/two-sum/sort_two_pointers.rs n_log_n
two-sum problems/two-sum/solutions/accepted/brute_force.py n^2
two-sum problems/two-sum/solutions/accepted/brute_force.rs n^2
contains-duplicate problems/contains-duplicate/solutions/accepted/hash_set.py n
contains-duplicate problems/contains-duplicate/solutions/accepted/hash_set.rs n
contains-duplicate bench/complexity/contains-duplicate/sort_adjacent.py n_log_n
contains-duplicate bench/complexity/contains-duplicate/sort_adjacent.rs n_log_n
contains-duplicate problems/contains-duplicate/solutions/time_limit_exceeded/all_pairs.py n^2
contains-duplicate problems/contains-duplicate/solutions/time_limit_exceeded/all_pairs.rs n^2"

measure() {  # problem file expected index
  local problem=$1 file=$2 want=${3//_/ } idx=$4 i class
  for i in $(seq 1 "$RUNS"); do
    class=$("$JUDGE" complexity "$problem" "$file" --format json --seconds "$SECONDS_BUDGET" 2>/dev/null \
      | python3 -c 'import json,sys
d = json.load(sys.stdin)
f = d["fit"]
print(f["class"] if f["class"] is not None else "unclear(" + f["reason"] + ")")' || echo error)
    echo "$class" >> "$OUT/$idx.classes"
  done
  python3 - "$OUT/$idx.classes" "$problem" "$file" "$want" <<'PY'
import collections, os, sys
path, problem, file, want = sys.argv[1:]
got = [l.strip() for l in open(path)]
right = sum(1 for g in got if g == want)
others = collections.Counter(g for g in got if g != want)
rest = ", ".join(f"{k} x{v}" for k, v in sorted(others.items())) or "-"
print(f"{problem:<20} {os.path.basename(file):<26} {want:<8} {right}/{len(got)}   others: {rest}")
PY
}

echo "judge complexity, $RUNS runs per solution, --seconds $SECONDS_BUDGET, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-20s %-26s %-8s %s\n' problem solution expected "named right"
idx=0
while read -r problem file want; do
  idx=$((idx + 1))
  measure "$problem" "$file" "$want" "$idx" > "$OUT/$idx.line" &
  while [ "$(jobs -rp | wc -l)" -ge "$PARALLEL" ]; do sleep 1; done
done <<< "$CASES"
wait
for i in $(seq 1 "$idx"); do cat "$OUT/$i.line"; done
