"""Input validator for weighted-round-robin: exits 0 if stdin is a valid input, else 1."""
import sys


def fail(why):
    print(why)
    sys.exit(1)


ALNUM = set("abcdefghijklmnopqrstuvwxyz0123456789")
lines = sys.stdin.read().split("\n")
while lines and lines[-1] == "":
    lines.pop()
q = int(lines[0])
if not 1 <= q <= 2 * 10**4:
    fail("need 1 <= q <= 2 * 10^4")
if len(lines) != q + 1:
    fail("expected %d command lines, got %d" % (q, len(lines) - 1))
pool, picks = set(), 0
for i, line in enumerate(lines[1:], start=2):
    parts = line.split()
    cmd = parts[0] if parts else ""
    shape = {"ADD": 3, "WEIGHT": 3, "REMOVE": 2, "PICK": 1}.get(cmd)
    if shape is None or len(parts) != shape:
        fail("line %d: expected ADD name w, WEIGHT name w, REMOVE name or PICK" % i)
    if shape > 1:
        name = parts[1]
        if not 1 <= len(name) <= 10 or any(c not in ALNUM for c in name):
            fail("line %d: names are 1 to 10 lowercase letters and digits" % i)
    if shape == 3 and not 1 <= int(parts[2]) <= 1000:
        fail("line %d: need 1 <= weight <= 1000" % i)
    if cmd == "ADD":
        pool.add(name)
        if len(pool) > 50:
            fail("line %d: the pool would hold more than 50 servers" % i)
    elif cmd == "REMOVE":
        pool.discard(name)
    elif cmd == "PICK":
        picks += 1
if picks == 0:
    fail("there must be at least one PICK")
