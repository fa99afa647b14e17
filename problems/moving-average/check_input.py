"""Input validator for moving-average: exits 0 if stdin is a valid input, else 1 with a reason."""
import sys


def fail(why):
    print(why)
    sys.exit(1)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
if len(lines) != 2:
    fail("expected exactly two lines")
head = lines[0].split()
if len(head) != 2:
    fail("line 1 must be `n k`")
n, k = map(int, head)
if not 1 <= k <= n <= 200000:
    fail("need 1 <= k <= n <= 200000")
x = lines[1].split()
if len(x) != n or any(abs(int(v)) > 10**6 for v in x):
    fail("line 2 must hold n integers with |x_i| <= 10^6")
