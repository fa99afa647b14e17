"""Generates insert-interval inputs: python3 gen.py SEED N MODE.

N sorted disjoint intervals inside 1..99999 (some of them single points). MODE places the new
interval: `middle` (spans a random stretch of them), `start` (before or over the first ones),
`end` (after or over the last ones), `all` (covers everything), `gap` (falls in a gap, touching
nothing), `touch` (its ends touch two intervals exactly).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
points = sorted(rng.sample(range(1, 100000, 2), 2 * n))  # odd points: even gaps stay free
intervals = []
for i in range(n):
    a, b = points[2 * i], points[2 * i + 1]
    if rng.random() < 0.1:
        b = a
    intervals.append([a, b])
if mode == "middle":
    i = rng.randrange(n)
    j = min(n - 1, i + rng.randint(0, n // 3))
    new = [intervals[i][0] + rng.randint(-1, 0), intervals[j][1] + rng.randint(0, 1)]
elif mode == "start":
    new = [0, intervals[rng.randrange(min(n, 50))][0] - rng.randint(0, 1)]
elif mode == "end":
    new = [intervals[n - 1 - rng.randrange(min(n, 50))][1] + rng.randint(0, 1), 100000]
elif mode == "all":
    new = [0, 100000]
elif mode == "gap":
    i = rng.randrange(n - 1)
    new = [intervals[i][1] + 1, intervals[i][1] + 1]
else:
    i = rng.randrange(n // 2)
    j = rng.randrange(n // 2, n)
    new = [intervals[i][1], intervals[j][0]]
new[0] = max(0, new[0])
new[1] = min(100000, max(new[0], new[1]))
print(json.dumps({"intervals": intervals, "newInterval": new}))
