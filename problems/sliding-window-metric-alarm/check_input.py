"""Input validator for sliding-window-metric-alarm: exits 0 if stdin is a valid input, else 1."""
import sys


def fail(why):
    print(why)
    sys.exit(1)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
head = lines[0].split()
if len(head) != 6:
    fail("line 1 must be `n W T K P E`")
n, w, thr, k, p, end = map(int, head)
if not 1 <= n <= 2 * 10**5:
    fail("need 1 <= n <= 2 * 10^5")
if not (1 <= w <= 10**9 and 0 <= thr <= 10**6 and 1 <= k <= 2 * 10**5):
    fail("need 1 <= W <= 10^9, 0 <= T <= 10^6, 1 <= K <= 2 * 10^5")
if not (1 <= p <= end <= 10**9 and end // p <= 2 * 10**5):
    fail("need 1 <= P <= E <= 10^9 and floor(E / P) <= 2 * 10^5")
if len(lines) != n + 1:
    fail("expected %d sample lines, got %d" % (n, len(lines) - 1))
last = 0
for i, line in enumerate(lines[1:], start=2):
    parts = line.split()
    if len(parts) != 2:
        fail("line %d must be `t v`" % i)
    t, v = map(int, parts)
    if not (0 <= t <= 10**9 and 0 <= v <= 10**6):
        fail("line %d: need 0 <= t <= 10^9 and 0 <= v <= 10^6" % i)
    if t < last:
        fail("line %d: sample times must be non-decreasing" % i)
    last = t
