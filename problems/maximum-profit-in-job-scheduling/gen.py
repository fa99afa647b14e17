"""Generates job-scheduling inputs: python3 gen.py SEED N MODE.

MODE: `random` (random jobs over the whole time range), `short` (short jobs, many chains,
many jobs touching end to start), `long-rich` (a few long jobs paying the most per job, many
short ones paying little each but more together), `chain` (jobs end to end in one long chain
plus overlapping decoys).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
T = 10**9
jobs = []
if mode == "short":
    for _ in range(n):
        a = rng.randint(1, 10**6 - 1)
        jobs.append((a, min(10**6, a + rng.randint(1, 100)), rng.randint(1, 10**4)))
elif mode == "long-rich":
    for _ in range(n):
        if rng.random() < 0.05:
            a = rng.randint(1, T // 2)
            jobs.append((a, a + rng.randint(T // 10, T // 2), 10**4))
        else:
            a = rng.randint(1, T - 1)
            jobs.append((a, min(T, a + rng.randint(1, 10**5)), rng.randint(1, 500)))
elif mode == "chain":
    k = n // 2
    pts = sorted(rng.sample(range(1, T + 1), k + 1))
    for i in range(k):
        jobs.append((pts[i], pts[i + 1], rng.randint(1, 10**4)))
    while len(jobs) < n:
        i = rng.randrange(k - 1)
        jobs.append((pts[i] + 1 if pts[i] + 1 < pts[i + 2] else pts[i], pts[i + 2], rng.randint(1, 10**4)))
else:
    for _ in range(n):
        a, b = sorted(rng.sample(range(1, T + 1), 2))
        jobs.append((a, b, rng.randint(1, 10**4)))
rng.shuffle(jobs)
print(json.dumps({"startTime": [j[0] for j in jobs], "endTime": [j[1] for j in jobs],
                  "profit": [j[2] for j in jobs]}))
