#!/usr/bin/env bash
# Cost of one Rust compile through `judge run`: the median of N runs, each timed by
# /usr/bin/time (wall seconds, and user + system CPU of the judge and everything it started:
# rustc, the linker, the sandbox launcher). Two cases:
#   stdio     a small stdio solution, each run with a fresh JUDGE_HOME (nothing cached);
#   function  a two-sum solution inside the generated harness, each run a new source (a comment
#             differs) in one JUDGE_HOME warmed by a first run: what a user's edit costs.
#
# With BASELINE=<git revision> (e.g. BASELINE=main), the same cases first run with a judge built
# from that revision (in target/baseline), and the last lines are the ratios before / after.
#
# Usage: [BASELINE=REV] bench/compile-cost.sh [JUDGE] [N]   (default: target/release/judge, 10)
set -euo pipefail
cd "$(dirname "$0")/.."
JUDGE=${1:-$PWD/target/release/judge}
N=${2:-10}
WORK=$(mktemp -d)
trap 'git worktree remove --force "$WORK/baseline" 2>/dev/null || true; rm -rf "$WORK"' EXIT
cat > "$WORK/sol.rs" <<'RS'
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    print!("{s}");
}
RS
cat > "$WORK/two_sum.rs" <<'RS'
use std::collections::HashMap;
impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j as i32, i as i32];
            }
            seen.insert(x, i);
        }
        vec![]
    }
}
RS
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure LABEL JUDGE CASE: appends "LABEL CASE wall cpu" to $WORK/results.
measure() {
  local label=$1 judge=$2 case=$3 home="$WORK/home-$1"
  : > "$WORK/wall"; : > "$WORK/cpu"
  rm -rf "$home"
  if [ "$case" = function ]; then
    JUDGE_HOME="$home" "$judge" run two-sum "$WORK/two_sum.rs" --format json > /dev/null
  fi
  for i in $(seq 1 "$N"); do
    if [ "$case" = function ]; then
      src="$WORK/two_sum_$label$i.rs"
      { cat "$WORK/two_sum.rs"; echo "// edit $i"; } > "$src"
      JUDGE_HOME="$home" /usr/bin/time -f "%e %U %S" -o "$WORK/t" \
        "$judge" run two-sum "$src" --format json > "$WORK/report.json"
    else
      JUDGE_HOME="$home$i" /usr/bin/time -f "%e %U %S" -o "$WORK/t" \
        "$judge" --catalog tests/fixtures/hostile-catalog run hostile-echo "$WORK/sol.rs" \
        --format json > "$WORK/report.json"
    fi
    grep -q '"verdict": "AC"' "$WORK/report.json" || { echo "not AC:"; cat "$WORK/report.json"; exit 1; }
    read -r wall user sys < "$WORK/t"
    echo "$wall" >> "$WORK/wall"
    echo "$user + $sys" | bc -l >> "$WORK/cpu"
  done
  local w c
  w=$(median < "$WORK/wall"); c=$(median < "$WORK/cpu")
  echo "$label $case $w $c" >> "$WORK/results"
  echo "$judge: $case: median of $N compiles: wall $w s, cpu $c s"
}

: > "$WORK/results"
if [ -n "${BASELINE:-}" ]; then
  git worktree add --quiet --detach "$WORK/baseline" "$BASELINE"
  CARGO_TARGET_DIR=$PWD/target/baseline cargo build --release --quiet \
    --manifest-path "$WORK/baseline/Cargo.toml"
  for case in stdio function; do measure before "$PWD/target/baseline/release/judge" "$case"; done
fi
for case in stdio function; do measure after "$JUDGE" "$case"; done
if [ -n "${BASELINE:-}" ]; then
  awk '{k=$2; if ($1=="before") {bw[k]=$3; bc[k]=$4} else {aw[k]=$3; ac[k]=$4}}
       END {for (k in aw) printf "%s: after / before: wall %.2f, cpu %.2f\n", k, aw[k]/bw[k], ac[k]/bc[k]}' \
    "$WORK/results"
fi
