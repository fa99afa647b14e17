"""Input validator for merge-meeting-intervals: exits 0 if stdin is a valid input, else 1."""
import sys


def fail(why):
    print(why)
    sys.exit(1)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
if not lines or not lines[0].strip().isdigit():
    fail("line 1 must be n")
n = int(lines[0])
if not 1 <= n <= 200000:
    fail("need 1 <= n <= 200000")
if len(lines) != n + 1:
    fail("expected %d meeting lines, got %d" % (n, len(lines) - 1))
for i, line in enumerate(lines[1:], start=2):
    parts = line.split()
    if len(parts) != 2:
        fail("line %d must be `s e`" % i)
    s, e = map(int, parts)
    if not 0 <= s < e <= 10**9:
        fail("line %d: need 0 <= s < e <= 10^9" % i)
