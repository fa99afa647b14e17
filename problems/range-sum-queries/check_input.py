"""Input validator for range-sum-queries: exits 0 if stdin is a valid input, 1 with a reason."""
import sys


def fail(why):
    print(why)
    sys.exit(1)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
if len(lines) < 2:
    fail("expected at least two lines")
head = lines[0].split()
if len(head) != 2 or not all(t.lstrip("-").isdigit() for t in head):
    fail("line 1 must be `n q`")
n, q = map(int, head)
if not (1 <= n <= 200000 and 1 <= q <= 200000):
    fail("n and q must be in 1..200000")
values = lines[1].split()
if len(values) != n or any(abs(int(v)) > 10**9 for v in values):
    fail("line 2 must hold n integers with |a_i| <= 10^9")
if len(lines) != 2 + q:
    fail("expected %d query lines, got %d" % (q, len(lines) - 2))
for i, line in enumerate(lines[2:], start=3):
    parts = line.split()
    if len(parts) != 2:
        fail("line %d must be `l r`" % i)
    l, r = map(int, parts)
    if not 1 <= l <= r <= n:
        fail("line %d: need 1 <= l <= r <= n" % i)
