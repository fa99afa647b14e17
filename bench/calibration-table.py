"""Turns `judge validate --calibrate` (text) into the margins table of docs/calibration.md.

    judge validate --calibrate | python3 bench/calibration-table.py > docs/calibration.md

It reads the text report or the JSON one (`--format json`).

Per problem and language: the smallest margin of an accepted solution (limit / CPU time of the
test that uses the largest share of its limit; the rule is >= 3x) and whether every too-slow
solution got TLE at 1.5x the limits.
"""
import json
import re
import sys
from collections import defaultdict

ACCEPTED = re.compile(r"accepted/\S+\.(py|rs)\s+AC on \d+ tests; max CPU ([\d.]+) s of ([\d.]+) s \(\d+%, ([\d.]+)x margin\)")
SLOW = re.compile(r"time_limit_exceeded/\S+\.(py|rs)\s+(.*)")
PROBLEM = re.compile(r"^(ok|FAIL)\s+(\S+)")

def lines(text):
    """The text report's lines; a JSON report (`--format json`) is read as the same lines."""
    if not text.lstrip().startswith("{"):
        return text.splitlines()
    out = []
    for p in json.loads(text)["problems"]:
        out.append("%s %s" % ("ok  " if p["ok"] else "FAIL", p["problem"]))
        out += ["     %s %s" % (c["check"], c["detail"]) for c in p["checks"]]
    return out


rows = defaultdict(dict)
order = []
problem = None
for line in lines(sys.stdin.read()):
    m = PROBLEM.match(line)
    if m:
        problem = m.group(2)
        order.append(problem)
        continue
    if problem is None:
        continue
    m = ACCEPTED.search(line)
    if m:
        lang, margin = m.group(1), float(m.group(4))
        key = "acc_" + lang
        rows[problem][key] = min(margin, rows[problem].get(key, float("inf")))
        continue
    m = SLOW.search(line)
    if m:
        lang, detail = m.group(1), m.group(2)
        ok = "even at 1.5x" in detail
        key = "slow_" + lang
        rows[problem][key] = rows[problem].get(key, True) and ok


def cell(r, key, slow=False):
    if key not in r:
        return "-"
    if slow:
        return "TLE at 1.5x" if r[key] else "**no**"
    return "%.1fx" % r[key]


print("# Calibration of the built-in catalog\n")
print("Made by `judge validate --calibrate | python3 bench/calibration-table.py` on a 2-core machine.")
print("Accepted: the smallest margin (time limit / CPU time, on the test that uses the largest share")
print("of its limit) of the accepted solutions in that language; the rule is at least 3x. Too slow:")
print("every too-slow solution in that language still got TLE at 1.5x the time limits; `-` where none")
print("is shipped (the constraints do not make the naive approach too slow there, as on LeetCode).\n")
print("| problem | accepted py | accepted rs | too slow py | too slow rs |")
print("|---|---|---|---|---|")
margins = []
for p in order:
    r = rows[p]
    margins += [v for k, v in r.items() if k.startswith("acc_")]
    print("| %s | %s | %s | %s | %s |" % (p, cell(r, "acc_py"), cell(r, "acc_rs"),
                                          cell(r, "slow_py", True), cell(r, "slow_rs", True)))
if margins:
    print("\n%d problems; smallest accepted margin %.1fx, median %.1fx." % (
        len(order), min(margins), sorted(margins)[len(margins) // 2]))
    for lang, name in (("py", "Python"), ("rs", "Rust")):
        shipped = [p for p in order if "slow_" + lang in rows[p]]
        held = [p for p in shipped if rows[p]["slow_" + lang]]
        print("%s: %d problems ship a too-slow solution, %d of them TLE at 1.5x." % (
            name, len(shipped), len(held)))
