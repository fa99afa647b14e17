#!/usr/bin/env bash
# Cost of one Rust compile through `judge run`, cache cold: the median of N runs of a small
# stdio solution, each with a fresh JUDGE_HOME (so nothing is cached), timed by /usr/bin/time
# (wall seconds, and user + system CPU of the judge and everything it started: rustc, the
# linker, the sandbox launcher). Compare two judge binaries by running it once with each.
#
# Usage: bench/compile-cost.sh [JUDGE] [N]   (default: target/release/judge, 10)
set -euo pipefail
cd "$(dirname "$0")/.."
JUDGE=${1:-$PWD/target/release/judge}
N=${2:-10}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cat > "$WORK/sol.rs" <<'RS'
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    print!("{s}");
}
RS
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
: > "$WORK/wall"; : > "$WORK/cpu"
for i in $(seq 1 "$N"); do
  JUDGE_HOME="$WORK/home$i" /usr/bin/time -f "%e %U %S" -o "$WORK/t" \
    "$JUDGE" --catalog tests/fixtures/hostile-catalog run hostile-echo "$WORK/sol.rs" --format json \
    > "$WORK/report.json"
  grep -q '"verdict": "AC"' "$WORK/report.json" || { echo "not AC:"; cat "$WORK/report.json"; exit 1; }
  read -r wall user sys < "$WORK/t"
  echo "$wall" >> "$WORK/wall"
  echo "$user + $sys" | bc -l >> "$WORK/cpu"
done
echo "$JUDGE: median of $N cold compiles: wall $(median < "$WORK/wall") s, cpu $(median < "$WORK/cpu") s"
