#!/usr/bin/env python3
"""Speed of judge against bare loops and online-judge-tools, side by side, from one run.

Prints the medians (over REPEAT runs, default 5; 20 for the catalog commands) of:

* 100 one-line Python stdio tests: a sequential bare loop `python3 sol.py < in > out` with the
  interpreter judge uses, `oj test -c "python3 sol.py" -j 2` (online-judge-tools, installed into a
  virtualenv under this script's cache directory when missing; skipped with a note when it cannot
  be installed), and `judge run`;
* the same with a function problem of 100 tests (bare: a loop that runs the same LeetCode-style
  solution through a minimal driver, one interpreter per test);
* both judge runs again with `JUDGE_FORK_SERVER=0` (a fresh interpreter per test, as before the
  fork-server), and judge's own overhead per test: its wall time per test minus the median CPU
  time of a test as it reports it (with `--jobs 1`, so that parallelism does not hide it);
* `judge list`, `judge show two-sum`;
* a cached Rust run of one test against running the compiled binary by hand;

and the ratios. Not part of CI's pass/fail: the goals are printed beside the figures.

Usage: bench/speed.py [REPEAT]
Environment: BENCH_CACHE (default target/bench-cache) holds the online-judge-tools virtualenv;
JUDGE_BIN (default target/release/judge, built when missing or when BENCH_BUILD=1).
"""

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = 100
REPEAT = int(sys.argv[1]) if len(sys.argv) > 1 else 5
CATALOG_REPEAT = 20


def sh(*args, **kw):
    return subprocess.run(args, check=True, **kw)


def timed(fn, repeat, cpu=None):
    """Median wall time of `fn` over `repeat` runs; with a list as `cpu`, also appends the
    median CPU time (user + system) of the processes it ran, which a busy machine barely changes."""
    samples, cpus = [], []
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
    if cpu is not None:
        cpu.append(statistics.median(cpus))
    return statistics.median(samples)


def judge_bin():
    path = Path(os.environ.get("JUDGE_BIN", ROOT / "target" / "release" / "judge"))
    if os.environ.get("BENCH_BUILD") == "1" or not path.exists():
        sh("cargo", "build", "--release", "--quiet", cwd=ROOT)
    return str(path)


def oj_command(cache):
    """`oj` from PATH, or from a virtualenv under the cache (installed once); None if impossible."""
    found = shutil.which("oj")
    if found:
        return found, None
    venv = cache / "oj-venv"
    oj = venv / "bin" / "oj"
    if oj.exists():
        return str(oj), None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        sh(sys.executable, "-m", "venv", str(venv), stdout=subprocess.DEVNULL)
        sh(str(venv / "bin" / "pip"), "install", "--quiet", "online-judge-tools",
           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except (subprocess.CalledProcessError, OSError) as e:
        return None, f"online-judge-tools could not be installed ({e}); oj column skipped"
    return (str(oj), None) if oj.exists() else (None, "oj not found after install; skipped")


def write_problems(catalog):
    """bench-sum (stdio, 100 tests), bench-add (function, 100 tests), bench-one (stdio, 1 test)."""
    def stdio(slug, n):
        d = catalog / slug
        d.mkdir(parents=True)
        lines = ["format_version: 1", f"title: {slug}", "difficulty: easy",
                 "statement: Print the sum of two integers.",
                 "limits: {time: 2s, memory: 256MiB}", "tests:"]
        for i in range(1, n + 1):
            lines += [f"  - name: t{i}", f'    input: "{i} {i * 7}"', f'    output: "{i * 8}"']
        (d / "problem.yaml").write_text("\n".join(lines) + "\n")

    stdio("bench-sum", TESTS)
    stdio("bench-one", 1)
    d = catalog / "bench-add"
    d.mkdir(parents=True)
    lines = ["format_version: 1", "title: bench-add", "difficulty: easy", "kind: function",
             "statement: Return a + b.",
             "signature:", "  function: add",
             "  params:", "    - {name: a, type: int}", "    - {name: b, type: int}",
             "  returns: int",
             "limits: {time: 2s, memory: 256MiB}", "tests:"]
    for i in range(1, TESTS + 1):
        lines += [f"  - name: t{i}", f"    input: {{a: {i}, b: {i * 7}}}", f"    output: {i * 8}"]
    (d / "problem.yaml").write_text("\n".join(lines) + "\n")


STDIO_PY = "import sys\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n"
FUNC_PY = "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n"
# The bare driver of the function problem: LeetCode's usual pre-imports, the solution, one call.
DRIVER_PY = """import sys, json, typing, collections, heapq, bisect, itertools, functools, math, string, re
from typing import *
ns = {"__name__": "__main__"}
exec(compile(open(sys.argv[1]).read(), sys.argv[1], "exec"), ns)
args = json.loads(sys.stdin.read())
print(json.dumps(ns["Solution"]().add(**args)))
"""
RUST_RS = """use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();
    println!("{}", v[0] + v[1]);
}
"""


def main():
    judge = judge_bin()
    cache = Path(os.environ.get("BENCH_CACHE", ROOT / "target" / "bench-cache"))
    work = Path(tempfile.mkdtemp(prefix="judge-bench-"))
    try:
        run(judge, cache, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(judge, cache, work):
    catalog = work / "catalog"
    write_problems(catalog)
    (work / "sol.py").write_text(STDIO_PY)
    (work / "func.py").write_text(FUNC_PY)
    (work / "driver.py").write_text(DRIVER_PY)
    (work / "sol.rs").write_text(RUST_RS)
    io = work / "io"
    (io / "test").mkdir(parents=True)
    for i in range(1, TESTS + 1):
        (io / "test" / f"t{i}.in").write_text(f"{i} {i * 7}\n")
        (io / "test" / f"t{i}.out").write_text(f"{i * 8}\n")
        (io / f"f{i}.json").write_text(json.dumps({"a": i, "b": i * 7}))
    env = dict(os.environ, JUDGE_HOME=str(work / "home"), NO_COLOR="1")
    for k in [k for k in env if k.startswith("JUDGE_") and k != "JUDGE_HOME"]:
        del env[k]

    doctor = json.loads(subprocess.run([judge, "doctor", "--format", "json"], env=env,
                                       check=True, capture_output=True, text=True).stdout)
    py = doctor["python"]["executable"]

    exec_env = dict(env, JUDGE_FORK_SERVER="0")

    def judge_run(slug, sol, run_env=env, extra=(), cpu_ms=None):
        def go():
            out = subprocess.run([judge, "--catalog", str(catalog), "run", slug, str(sol),
                                  "--format", "json", *extra], env=run_env, capture_output=True,
                                 text=True)
            report = json.loads(out.stdout)
            if report["verdict"] != "AC":
                sys.exit(f"judge did not accept the bench solution of {slug}:\n{out.stdout[:2000]}")
            if cpu_ms is not None:
                cpu_ms.append(statistics.median(t["time_ms"] for t in report["tests"]))
        return go

    def bare_loop(args_of):
        def go():
            for i in range(1, TESTS + 1):
                argv, stdin = args_of(i)
                with open(stdin, "rb") as f:
                    subprocess.run(argv, stdin=f, stdout=subprocess.DEVNULL, check=True)
        return go

    rows = []
    # 1. stdio
    bare = timed(bare_loop(lambda i: ([py, str(work / "sol.py")], io / "test" / f"t{i}.in")), REPEAT)
    oj, note = oj_command(cache)
    oj_t = None
    if oj:
        def oj_go():
            subprocess.run([oj, "test", "-c", f"{py} {work / 'sol.py'}", "-d", str(io / "test"),
                            "-j", "2"], cwd=io, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=True)
        oj_t = timed(oj_go, REPEAT)
    judge_t = timed(judge_run("bench-sum", work / "sol.py"), REPEAT)
    judge_exec_t = timed(judge_run("bench-sum", work / "sol.py", exec_env), REPEAT)
    test_cpu = []
    judge_seq_t = timed(judge_run("bench-sum", work / "sol.py", env, ["--jobs", "1"], test_cpu),
                        REPEAT)
    overhead_ms = judge_seq_t * 1000 / TESTS - statistics.median(test_cpu)
    # 2. function problem
    fbare = timed(bare_loop(lambda i: ([py, str(work / "driver.py"), str(work / "func.py")],
                                       io / f"f{i}.json")), REPEAT)
    fjudge = timed(judge_run("bench-add", work / "func.py"), REPEAT)
    fjudge_exec = timed(judge_run("bench-add", work / "func.py", exec_env), REPEAT)
    # 3. catalog commands (the embedded catalog: no --catalog)
    def quiet(*argv):
        return lambda: subprocess.run([judge, *argv], env=env, stdout=subprocess.DEVNULL, check=True)
    cpu = []
    list_t = timed(quiet("list"), CATALOG_REPEAT, cpu)
    show_t = timed(quiet("show", "two-sum"), CATALOG_REPEAT, cpu)
    # 4. Rust: a cached judge run of one test against the bare binary
    judge_run("bench-one", work / "sol.rs")()  # compile once, into the cache
    rust_judge = timed(judge_run("bench-one", work / "sol.rs"), CATALOG_REPEAT)
    sh("rustc", "-O", "-o", str(work / "sol-bin"), str(work / "sol.rs"))
    def rust_bare_go():
        with open(io / "test" / "t1.in", "rb") as f:
            subprocess.run([str(work / "sol-bin")], stdin=f, stdout=subprocess.DEVNULL, check=True)
    rust_bare = timed(rust_bare_go, CATALOG_REPEAT)

    ms = lambda s: f"{s * 1000:8.1f} ms"
    print(f"cores: {os.cpu_count()}, tests: {TESTS}, repeats: {REPEAT} ({CATALOG_REPEAT} for "
          f"catalog and Rust), isolation: {doctor.get('level')}, python: {py}")
    print()
    print(f"{'100 stdio tests':34} {'median':>11}  per test")
    print(f"{'  bare sequential loop':34} {ms(bare)}  {bare * 1000 / TESTS:6.2f} ms")
    if oj_t is not None:
        print(f"{'  oj test -j 2':34} {ms(oj_t)}  {oj_t * 1000 / TESTS:6.2f} ms")
    else:
        print(f"  oj test -j 2: {note}")
    print(f"{'  judge run':34} {ms(judge_t)}  {judge_t * 1000 / TESTS:6.2f} ms")
    print(f"{'  judge run, JUDGE_FORK_SERVER=0':34} {ms(judge_exec_t)}  {judge_exec_t * 1000 / TESTS:6.2f} ms")
    print(f"{'  judge run --jobs 1':34} {ms(judge_seq_t)}  {judge_seq_t * 1000 / TESTS:6.2f} ms"
          f"  (a test's CPU: {statistics.median(test_cpu):.2f} ms)")
    print(f"{'100 function tests':34}")
    print(f"{'  bare loop + minimal driver':34} {ms(fbare)}  {fbare * 1000 / TESTS:6.2f} ms")
    print(f"{'  judge run':34} {ms(fjudge)}  {fjudge * 1000 / TESTS:6.2f} ms")
    print(f"{'  judge run, JUDGE_FORK_SERVER=0':34} {ms(fjudge_exec)}  {fjudge_exec * 1000 / TESTS:6.2f} ms")
    print("catalog (embedded)")
    print(f"{'  judge list':34} {ms(list_t)}  (CPU {cpu[0] * 1000:.1f} ms)")
    print(f"{'  judge show two-sum':34} {ms(show_t)}  (CPU {cpu[1] * 1000:.1f} ms)")
    print("Rust, one test")
    print(f"{'  bare binary':34} {ms(rust_bare)}")
    print(f"{'  judge run (cached)':34} {ms(rust_judge)}")
    print()
    print("ratios")
    print(f"  judge / bare loop, stdio          {judge_t / bare:6.3f}   (goal <= 0.25)")
    if oj_t is not None:
        print(f"  oj / judge, stdio                 {oj_t / judge_t:6.3f}   (goal >= 4)")
    print(f"  judge / bare loop, stdio, exec    {judge_exec_t / bare:6.3f}   (JUDGE_FORK_SERVER=0)")
    print(f"  judge overhead per test           {overhead_ms:6.2f} ms (goal <= 2 ms; --jobs 1: wall per test - a test's CPU)")
    print(f"  judge / bare loop, function       {fjudge / fbare:6.3f}")
    print(f"  judge / bare loop, function, exec {fjudge_exec / fbare:6.3f}   (JUDGE_FORK_SERVER=0)")
    print(f"  judge list                        {list_t * 1000:6.1f} ms (goal <= 20 ms)")
    print(f"  judge show                        {show_t * 1000:6.1f} ms (goal <= 20 ms)")
    print(f"  Rust: judge - bare                {(rust_judge - rust_bare) * 1000:6.1f} ms (goal <= 50 ms)")


if __name__ == "__main__":
    main()
