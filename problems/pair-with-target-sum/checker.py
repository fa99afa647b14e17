"""Checker for pair-with-target-sum.

Run as `python3 checker.py INPUT EXPECTED ACTUAL` (three file paths). Exit status:
0 = accepted, 1 = wrong answer, 2 = the problem's own data is broken (checker failure).
It prints one short line saying why.

Any pair of indices i < j with a_i + a_j = target is accepted. EXPECTED holds one valid answer
per test case; the checker uses it only to know whether a pair exists (-1 means none does).
ACTUAL is untrusted: whatever it holds, the checker answers 0 or 1 and never crashes.
"""
import re
import sys

INDEX = re.compile(r"-?[0-9]{1,18}")
SEP = re.compile(r"[ \t]+")
EXTRA = re.compile(r"[^ \t\r\n][^\n]*")


def accepted(msg):
    print(msg)
    sys.exit(0)


def wrong(msg):
    print(msg)
    sys.exit(1)


def broken(msg):
    print("checker error: " + msg)
    sys.exit(2)


def show(text, limit=40):
    """A short, printable, ASCII-only rendering of contestant text."""
    return ascii(text[:limit]) + ("..." if len(text) > limit else "")


def read_input(path):
    toks = open(path, "rb").read().split()
    pos = 0
    t = int(toks[pos]); pos += 1
    cases = []
    for _ in range(t):
        n = int(toks[pos]); target = int(toks[pos + 1]); pos += 2
        a = [int(x) for x in toks[pos:pos + n]]
        if len(a) != n:
            raise ValueError("input ends early")
        pos += n
        cases.append((target, a))
    return cases


def answer_lines(path, count):
    """The first `count` lines of a file, and the first non-blank text after them (or None).

    Bytes are decoded leniently, spaces, tabs and carriage returns around each line are removed and
    trailing blank lines are dropped. Only what is needed is split, so huge output stays cheap.
    """
    text = open(path, "rb").read().decode("utf-8", errors="replace")
    parts = text.split("\n", count)
    rest = parts.pop() if len(parts) > count else ""
    lines = [ln.strip(" \t\r") for ln in parts]
    m = EXTRA.search(rest)
    if m:
        return lines, m.group(0).rstrip(" \t\r")
    while lines and lines[-1] == "":
        lines.pop()
    return lines, None


def parse(line):
    """-1, (i, j), or a string saying what is wrong."""
    toks = SEP.split(line) if line else []
    if toks == ["-1"]:
        return -1
    if len(toks) == 2 and INDEX.fullmatch(toks[0]) and INDEX.fullmatch(toks[1]):
        return int(toks[0]), int(toks[1])
    if not toks:
        return "empty line, expected two indices or -1"
    return "expected two indices or -1, got " + show(line)


def pair_error(pair, target, a):
    """None when pair is a valid answer for (target, a), else the reason."""
    i, j = pair
    n = len(a)
    for x in (i, j):
        if not 1 <= x <= n:
            return f"index {x} is out of range 1..{n}"
    if i >= j:
        return f"indices must satisfy i < j, got ({i}, {j})"
    if a[i - 1] + a[j - 1] != target:
        return (f"pair ({i}, {j}) does not sum to target: "
                f"{a[i - 1]} + {a[j - 1]} = {a[i - 1] + a[j - 1]}, target {target}")
    return None


def pair_exists(target, a):
    """An expected-output line for one case: a valid pair (1-based) or -1."""
    first = {}
    for j, v in enumerate(a):
        i = first.get(target - v)
        if i is not None:
            return f"{i + 1} {j + 1}"
        first.setdefault(v, j)
    return "-1"


def main():
    if len(sys.argv) != 4:
        broken("usage: checker.py INPUT EXPECTED ACTUAL")
    try:
        cases = read_input(sys.argv[1])
        expected, extra = answer_lines(sys.argv[2], len(cases))
    except (OSError, ValueError, IndexError) as e:
        broken(f"cannot read input or expected output: {e}")
    if not expected and extra is None:
        # No expected output yet (the judge runs the reference this way to make the expected
        # output of a generated test): decide from the input alone whether each pair exists.
        expected = [pair_exists(target, a) for target, a in cases]
    if len(expected) != len(cases) or extra is not None:
        broken(f"expected output does not have exactly {len(cases)} lines, one per test case")
    exists = []
    for k, ((target, a), line) in enumerate(zip(cases, expected), 1):
        ans = parse(line)
        if isinstance(ans, str):
            broken(f"expected output line {k}: {ans}")
        if ans != -1:
            err = pair_error(ans, target, a)
            if err:
                broken(f"expected output line {k}: {err}")
        exists.append(ans != -1)

    try:
        actual, extra = answer_lines(sys.argv[3], len(cases))
    except OSError as e:
        broken(f"cannot read the solution's output: {e}")
    try:
        for k, ((target, a), has_pair) in enumerate(zip(cases, exists), 1):
            if k > len(actual):
                wrong(f"line {k}: missing (expected {len(cases)} lines, got {len(actual)})")
            ans = parse(actual[k - 1])
            if isinstance(ans, str):
                wrong(f"line {k}: {ans}")
            if ans == -1:
                if has_pair:
                    wrong(f"line {k}: answered -1, but a pair with sum {target} exists")
                continue
            err = pair_error(ans, target, a)
            if err:
                wrong(f"line {k}: {err}")
            if not has_pair:
                broken(f"line {k}: expected output says -1, but ({ans[0]}, {ans[1]}) is a valid pair")
        if extra is not None:
            wrong(f"unexpected extra output after line {len(cases)}: {show(extra)}")
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        wrong(f"malformed output ({type(e).__name__})")
    accepted(f"ok: {len(cases)} answers checked")


main()
