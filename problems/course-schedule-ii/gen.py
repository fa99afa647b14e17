"""Generates course-schedule-ii inputs: python3 gen.py SEED N E MODE.

The courses get a hidden order; every prerequisite points from a later course to an earlier
one, so there is no cycle unless MODE adds one. MODE `chain`: the hidden order is also a chain
of prerequisites (only one course is ever free), plus random extra pairs up to E. `random`: E
random pairs. `cycle`: a chain plus extras plus one pair closing a long cycle. `none`: no pairs.
"""
import json
import random
import sys

seed, n, e, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
order = list(range(n))
rng.shuffle(order)
pairs = set()
if mode in ("chain", "cycle"):
    for i in range(n - 1):
        pairs.add((order[i + 1], order[i]))
if mode != "none":
    while len(pairs) < e:
        i, j = rng.randrange(n), rng.randrange(n)
        if i < j:
            pairs.add((order[j], order[i]))
if mode == "cycle":
    i = rng.randrange(0, n // 4)
    j = rng.randrange(3 * n // 4, n)
    pairs.discard((order[j], order[i]))
    pairs.add((order[i], order[j]))
pairs = [list(p) for p in sorted(pairs)]
rng.shuffle(pairs)
print(json.dumps({"numCourses": n, "prerequisites": pairs}, separators=(",", ":")))
