"""Input validator for exponential-backoff-schedule: q <= 10^4 policies `base factor cap
max_attempts seed` in range, sum of max_attempts <= 2 * 10^5."""
import re
import sys


def fail(why):
    print(why)
    sys.exit(1)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
if not lines or not re.fullmatch(r"[0-9]+", lines[0]):
    fail("line 1 must be q")
q = int(lines[0])
if not 1 <= q <= 10**4:
    fail("q must be in 1..10^4")
if len(lines) != q + 1:
    fail("expected %d policy lines" % q)
total = 0
for i, line in enumerate(lines[1:], start=2):
    parts = line.split(" ")
    if len(parts) != 5 or not all(re.fullmatch(r"[0-9]+", p) for p in parts):
        fail("line %d: expected five non-negative integers" % i)
    base, factor, cap, att, seed = map(int, parts)
    if not (1 <= base <= 10**9 and 1 <= factor <= 10 and 1 <= cap <= 10**9):
        fail("line %d: base, factor or cap out of range" % i)
    if not 1 <= att <= 100 or not 0 <= seed < 2**64:
        fail("line %d: max_attempts or seed out of range" % i)
    total += att
if total > 2 * 10**5:
    fail("the sum of max_attempts is %d, more than 2*10^5" % total)
