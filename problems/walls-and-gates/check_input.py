"""Input validator for walls-and-gates: 1 <= m, n <= 250, every cell -1, 0 or 2^31 - 1."""
import json
import sys

INF = 2147483647


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"rooms"}:
    fail("expected the argument `rooms`")
rooms = data["rooms"]
if not isinstance(rooms, list) or not 1 <= len(rooms) <= 250:
    fail("m must be in 1..250")
if not isinstance(rooms[0], list) or not 1 <= len(rooms[0]) <= 250:
    fail("n must be in 1..250")
n = len(rooms[0])
for r, row in enumerate(rooms):
    if not isinstance(row, list) or len(row) != n:
        fail("row %d must have n = %d cells" % (r, n))
    if any(type(v) is not int or v not in (-1, 0, INF) for v in row):
        fail("row %d has a cell that is not -1, 0 or 2^31 - 1" % r)
