#!/usr/bin/env bash
# The judge's own peak memory while it judges huge outputs (goal: <= 64 MiB whatever the
# solution prints within its caps).
#
# Builds a temporary catalog with one stdio problem whose output limit is 256 MiB, then runs
# `judge run` on solutions that print SIZE_MB megabytes:
#   short-lines:   "1\n" repeated (the expected output is "2"), so a diff of many short lines
#   invalid-utf8:  lines of 0xff bytes
#   big-expected:  a generated test whose reference prints SIZE_MB of lines; the solution prints
#                  the same but its last line differs
#   short-lines-jobs-4: short-lines on a problem of four tests, judged with --jobs 4
#   design-calls:  the built-in metric-alarm with its accepted Python solution: generated design
#                  tests of 2 * 10^5 calls, 57 MB of cached tests (run once before, to generate
#                  them; the 64 MiB goal is for outputs, not for the tests a problem holds)
# and prints, for each, the judge's peak resident set as /usr/bin/time -v reports it (the judge
# and its largest waited-for descendant) and as the judge reports it of itself
# (`judge_memory_kib`, the VmHWM of the judge process alone).
#
# With BASELINE=<git revision> (e.g. BASELINE=main), the same cases are first run with a judge
# built from that revision (in target/baseline), so the table shows before and after.
#
# Usage: [BASELINE=REV] bench/judge-memory.sh [SIZE_MB]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-200}

cargo build --release --quiet
JUDGE=$PWD/target/release/judge
WORK=$(mktemp -d)
cleanup() {
  if [ -d "$WORK/baseline" ]; then git worktree remove --force "$WORK/baseline"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
export JUDGE_HOME="$WORK/home"

problem() { # slug, extra yaml, tests yaml
  mkdir -p "$WORK/catalog/$1"
  printf 'format_version: 1\ntitle: Bench\ndifficulty: easy\nstatement: Print.\n%s\nlimits: {time: 20s, memory: 1GiB, output: 256MiB}\ntests:\n%s\n' \
    "$2" "$3" > "$WORK/catalog/$1/problem.yaml"
}
problem flood "" '  - name: t
    input: "x\n"
    output: "2\n"'
problem flood4 "" '  - name: t1
    input: "x\n"
    output: "2\n"
  - name: t2
    input: "x\n"
    output: "2\n"
  - name: t3
    input: "x\n"
    output: "2\n"
  - name: t4
    input: "x\n"
    output: "2\n"'
problem big-expected "reference: r.py" '  - name: g
    generate: {program: gen.py, seed: 1}'
echo 'print("x")' > "$WORK/catalog/big-expected/gen.py"
cat > "$WORK/catalog/big-expected/r.py" <<PY
import sys
line = "%d\n" % 12345
sys.stdout.write(line * ($SIZE_MB * 1024 * 1024 // len(line)))
PY
cat > "$WORK/short-lines.py" <<PY
import sys
chunk = "1\n" * (1 << 19)
for _ in range($SIZE_MB): sys.stdout.write(chunk)
PY
cat > "$WORK/invalid-utf8.py" <<PY
import sys
chunk = (b"\xff" * 63 + b"\n") * (1 << 14)
for _ in range($SIZE_MB): sys.stdout.buffer.write(chunk)
PY
cat > "$WORK/big-expected.py" <<PY
import sys
line = "%d\n" % 12345
sys.stdout.write(line * ($SIZE_MB * 1024 * 1024 // len(line) - 1))
print(0)
PY

measure() { # label, judge binary
  for case in short-lines invalid-utf8 big-expected short-lines-jobs-4 design-calls; do
    slug=flood jobs=1 solution=$WORK/$case.py catalog=(--catalog "$WORK/catalog")
    [ "$case" = big-expected ] && slug=big-expected
    # Four tests at once, each flooding: the judge holds four outputs' worth of state.
    [ "$case" = short-lines-jobs-4 ] && slug=flood4 jobs=4 solution=$WORK/short-lines.py
    if [ "$case" = design-calls ]; then
      slug=metric-alarm jobs=2 catalog=()
      solution=$PWD/problems/metric-alarm/solutions/accepted/prefix_counts.py
      "$2" run "$slug" "$solution" > /dev/null || true
    fi
    /usr/bin/time -v -o "$WORK/time.txt" \
      "$2" "${catalog[@]}" run "$slug" "$solution" --jobs "$jobs" --format json > "$WORK/report.json" || true
    rss=$(awk -F: '/Maximum resident set size/ {print $2 / 1024}' "$WORK/time.txt")
    read -r verdict own < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["verdict"], r["judge_memory_kib"] / 1024)' "$WORK/report.json")
    printf '%-9s %-20s %-4s %14.1f %18.1f\n' "$1" "$case" "$verdict" "$rss" "$own"
  done
}

printf '%-9s %-20s %-4s %14s %18s\n' build case verdict "time -v (MiB)" "judge VmHWM (MiB)"
if [ -n "${BASELINE:-}" ]; then
  git worktree add --quiet --detach "$WORK/baseline" "$BASELINE"
  CARGO_TARGET_DIR=$PWD/target/baseline cargo build --release --quiet \
    --manifest-path "$WORK/baseline/Cargo.toml"
  measure before "$PWD/target/baseline/release/judge"
fi
measure after "$JUDGE"
echo "goal: judge VmHWM <= 64 MiB (SIZE_MB=$SIZE_MB) for the cases that flood an output"
