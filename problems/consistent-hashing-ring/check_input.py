"""Input validator for consistent-hashing-ring: q <= 2*10^5 commands, names / keys / v in range,
at most 200 ADD + REMOVE, never more than 5*10^4 points on the ring."""
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
if not 1 <= q <= 2 * 10**5:
    fail("q must be in 1..2*10^5")
if len(lines) != q + 1:
    fail("expected %d commands, got %d" % (q, len(lines) - 1))
ring, changes = {}, 0
for i, line in enumerate(lines[1:], start=2):
    parts = line.split(" ")
    if parts[0] == "GET" and len(parts) == 2:
        if not re.fullmatch(r"[a-z0-9#]{1,20}", parts[1]):
            fail("line %d: bad key" % i)
    elif parts[0] == "ADD" and len(parts) == 3:
        if not re.fullmatch(r"[a-z0-9]{1,20}", parts[1]) or not re.fullmatch(r"[0-9]+", parts[2]):
            fail("line %d: bad ADD" % i)
        if not 1 <= int(parts[2]) <= 500:
            fail("line %d: v must be in 1..500" % i)
        changes += 1
        ring.setdefault(parts[1], int(parts[2]))
        if sum(ring.values()) > 5 * 10**4:
            fail("line %d: more than 5*10^4 points on the ring" % i)
    elif parts[0] == "REMOVE" and len(parts) == 2:
        if not re.fullmatch(r"[a-z0-9]{1,20}", parts[1]):
            fail("line %d: bad name" % i)
        changes += 1
        ring.pop(parts[1], None)
    else:
        fail("line %d: unknown command" % i)
if changes > 200:
    fail("more than 200 ADD and REMOVE commands")
