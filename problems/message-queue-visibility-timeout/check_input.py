"""Input validator for message-queue-visibility-timeout: exits 0 if stdin is valid, else 1."""
import sys


def fail(why):
    print(why)
    sys.exit(1)


ALNUM = set("abcdefghijklmnopqrstuvwxyz0123456789")


def name(s):
    return 1 <= len(s) <= 10 and all(c in ALNUM for c in s)


lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
head = lines[0].split()
if len(head) != 3:
    fail("line 1 must be `q V D`")
q, v, d = map(int, head)
if not (1 <= q <= 2 * 10**5 and 1 <= v <= 10**9 and 0 <= d <= 10**9):
    fail("need 1 <= q <= 2 * 10^5, 1 <= V <= 10^9, 0 <= D <= 10^9")
if len(lines) != q + 1:
    fail("expected %d command lines, got %d" % (q, len(lines) - 1))
last = 0
for i, line in enumerate(lines[1:], start=2):
    parts = line.split()
    shape = {"SEND": 4, "RECV": 2, "ACK": 3}.get(parts[0] if parts else "")
    if shape is None or len(parts) != shape:
        fail("line %d: expected SEND t id body, RECV t or ACK t id" % i)
    t = int(parts[1])
    if not 0 <= t <= 10**9 or t < last:
        fail("line %d: times are in [0, 10^9] and non-decreasing" % i)
    last = t
    if any(not name(s) for s in parts[2:]):
        fail("line %d: ids and bodies are 1 to 10 lowercase letters and digits" % i)
