#!/usr/bin/env bash
# Per-test overhead of `judge run` against a plain shell loop, measured in the same run.
#
# Builds a 100-test stdio problem in a temporary catalog, then times, REPEAT times each:
#   judge:  judge run bench-sum sol.py            (parallel, --jobs = cores)
#   loop:   for each test: python3 sol.py < in > out   (sequential, python3 as found on PATH)
#   loop-real: the same loop with the interpreter the judge uses (no pyenv/asdf shim)
# and prints the medians and the ratios judge/loop and judge/loop-real. Goal on 2 cores: <= 0.6.
#
# Usage: bench/stdio-overhead.sh [REPEAT]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT=${1:-5}
TESTS=100

cargo build --release --quiet
JUDGE=$PWD/target/release/judge
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

PY=$(command -v python3)
# The interpreter the judge runs solutions with (as root: one the unprivileged user can reach).
REAL_PY=$("$JUDGE" doctor --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["python"]["executable"])')
LEVEL=$("$JUDGE" doctor --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["level"])')

mkdir -p "$WORK/catalog/bench-sum" "$WORK/io"
{
  echo "format_version: 1"
  echo "title: Bench Sum"
  echo "difficulty: easy"
  echo "statement: Print the sum of two integers."
  echo "limits: {time: 2s, memory: 256MiB}"
  echo "tests:"
  for i in $(seq 1 $TESTS); do
    echo "  - name: t$i"
    echo "    input: \"$i $((i * 7))\""
    echo "    output: \"$((i + i * 7))\""
    printf '%s %s\n' "$i" "$((i * 7))" > "$WORK/io/$i.in"
  done
} > "$WORK/catalog/bench-sum/problem.yaml"
cat > "$WORK/sol.py" <<'PY'
import sys
a, b = map(int, sys.stdin.read().split())
print(a + b)
PY

export JUDGE_HOME="$WORK/home"
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

judge_times=() loop_times=() real_times=()
for _ in $(seq 1 "$REPEAT"); do
  t0=$(now)
  "$JUDGE" --catalog "$WORK/catalog" run bench-sum "$WORK/sol.py" --format json > "$WORK/report.json"
  t1=$(now)
  for i in $(seq 1 $TESTS); do "$PY" "$WORK/sol.py" < "$WORK/io/$i.in" > "$WORK/io/$i.out"; done
  t2=$(now)
  for i in $(seq 1 $TESTS); do "$REAL_PY" "$WORK/sol.py" < "$WORK/io/$i.in" > "$WORK/io/$i.out"; done
  t3=$(now)
  judge_times+=("$(echo "$t1 - $t0" | bc -l)")
  loop_times+=("$(echo "$t2 - $t1" | bc -l)")
  real_times+=("$(echo "$t3 - $t2" | bc -l)")
done
grep -q '"verdict": "AC"' "$WORK/report.json" || { echo "judge did not accept the bench solution" >&2; exit 1; }

j=$(printf '%s\n' "${judge_times[@]}" | median)
l=$(printf '%s\n' "${loop_times[@]}" | median)
r=$(printf '%s\n' "${real_times[@]}" | median)
printf 'cores: %s, tests: %s, repeats: %s, isolation: %s\n' "$(nproc)" "$TESTS" "$REPEAT" "$LEVEL"
printf 'judge run (parallel)          %6.3f s  (%5.1f ms per test)\n' "$j" "$(echo "$j * 1000 / $TESTS" | bc -l)"
printf 'shell loop, %-17s %6.3f s  (%5.1f ms per test)\n' "python3 on PATH" "$l" "$(echo "$l * 1000 / $TESTS" | bc -l)"
printf 'shell loop, real interpreter  %6.3f s  (%5.1f ms per test)  [%s]\n' "$r" "$(echo "$r * 1000 / $TESTS" | bc -l)" "$REAL_PY"
printf 'ratio judge/loop:             %6.3f   (goal <= 0.6)\n' "$(echo "$j / $l" | bc -l)"
printf 'ratio judge/loop-real:        %6.3f\n' "$(echo "$j / $r" | bc -l)"
