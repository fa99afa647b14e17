"""Generates employee-free-time inputs: python3 gen.py SEED EMPLOYEES INTERVALS MODE.

Each employee gets up to INTERVALS (exactly, for `-full` modes) sorted, non-overlapping
intervals in 0..10^8. MODE `sparse`: short intervals (many free gaps). `dense`: long intervals
(few gaps). `touching`: times on a coarse grid, so one employee's interval often ends exactly
where another's starts (no free time there). `nested`: one employee's long interval covers
many shorter ones of others.
"""
import json
import random
import sys

seed, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
full = mode.endswith("-full")
mode = mode.replace("-full", "")
schedule = []
for e in range(n):
    m = k if full else rng.randint(1, k)
    if mode == "touching":
        points = sorted(rng.sample(range(0, 10**8 + 1, 10**5), 2 * m))
    elif mode == "nested" and e == 0:
        points = sorted(rng.sample(range(0, 10**8 + 1), 2 * m))
        points = [points[0], points[-1]] if m >= 1 else points
    else:
        points = sorted(rng.sample(range(0, 10**8 + 1), 2 * m))
        if mode == "sparse":
            points = [p if i % 2 == 0 else min(10**8, points[i - 1] + rng.randint(1, 2000))
                      for i, p in enumerate(points)]
            points = sorted(set(points))
            if len(points) % 2:
                points.pop()
    ivs = [[points[i], points[i + 1]] for i in range(0, len(points) - 1, 2)]
    ivs = [iv for iv in ivs if iv[0] < iv[1]]
    if mode == "dense":
        # Stretch each interval to just before the next one of the same employee.
        for i in range(len(ivs) - 1):
            ivs[i][1] = max(ivs[i][1], ivs[i + 1][0] - rng.randint(0, 5))
    if not ivs:
        ivs = [[0, 1]]
    schedule.append(ivs)
print(json.dumps({"schedule": schedule}, separators=(",", ":")))
