"""Input validator for pair-with-target-sum: exits 0 if stdin is a valid input, else 1."""
import sys


def fail(why):
    print(why)
    sys.exit(1)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
t = int(lines[0])
if not 1 <= t <= 10**4:
    fail("need 1 <= t <= 10^4")
if len(lines) != 1 + 2 * t:
    fail("expected %d lines, got %d" % (1 + 2 * t, len(lines)))
total = 0
for c in range(t):
    head = lines[1 + 2 * c].split()
    if len(head) != 2:
        fail("case %d: first line must be `n target`" % (c + 1))
    n, target = map(int, head)
    a = lines[2 + 2 * c].split()
    if not 1 <= n <= 200000 or len(a) != n:
        fail("case %d: need 1 <= n <= 200000 values on the second line" % (c + 1))
    if abs(target) > 2 * 10**9 or any(abs(int(v)) > 10**9 for v in a):
        fail("case %d: need |a_i| <= 10^9 and |target| <= 2 * 10^9" % (c + 1))
    total += n
if total > 200000:
    fail("the sum of n over all cases must be at most 200000")
