"""Large course-schedule inputs: python3 gen.py SEED N MODE.

MODE `layered`: layers of two courses, every course of a layer a prerequisite of both courses of
the next one (about 4N/2 pairs, exponentially many paths); `layered-cycle`: the same plus a cycle
among the last courses, in a part of the graph reached last; `chain`: 0 -> 1 -> ... -> N-1;
`chain-cycle`: the chain closed into one big cycle; `random-dag`: 5000 random pairs consistent
with a hidden order.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
pairs = []
if mode in ("layered", "layered-cycle"):
    m = n - 3 if mode == "layered-cycle" else n
    for i in range(0, m - 2, 2):
        for a in (i, i + 1):
            for b in (i + 2, i + 3):
                if b < m:
                    pairs.append([b, a])
    if mode == "layered-cycle":
        pairs += [[n - 2, n - 3], [n - 1, n - 2], [n - 3, n - 1]]
elif mode in ("chain", "chain-cycle"):
    pairs = [[i + 1, i] for i in range(n - 1)]
    if mode == "chain-cycle":
        pairs.append([0, n - 1])
else:
    order = list(range(n))
    rng.shuffle(order)
    seen = set()
    while len(pairs) < 5000:
        i, j = sorted(rng.sample(range(n), 2))
        if (i, j) not in seen:
            seen.add((i, j))
            pairs.append([order[j], order[i]])
print(json.dumps({"numCourses": n, "prerequisites": pairs}, separators=(",", ":")))
