"""Large merge-intervals inputs: python3 gen.py SEED N MODE.

MODE `points`: N different single points [x, x] (nothing merges; a naive merge compares each
interval with every one kept so far); `short`: random intervals of length 0..5; `chain`: each
interval overlaps the next, in shuffled order, so everything merges into one; `touching`:
intervals [x, x + 1] that only touch their neighbours end to start; `nested`: intervals inside
one another.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
M = 10**4
if mode == "points":
    intervals = [[x, x] for x in rng.sample(range(M + 1), n)]
elif mode == "chain":
    intervals = []
    for i in range(n):
        s = i * (M - 2) // n
        intervals.append([s, min(M, s + 2)])
    rng.shuffle(intervals)
elif mode == "touching":
    intervals = [[x, x + 1] for x in range(0, M, 1)][:n]
    rng.shuffle(intervals)
elif mode == "nested":
    intervals = []
    for _ in range(n):
        a = rng.randint(0, M // 2)
        intervals.append([a, M - a])
else:
    intervals = []
    for _ in range(n):
        s = rng.randint(0, M)
        intervals.append([s, min(M, s + rng.randint(0, 5))])
print(json.dumps({"intervals": intervals}, separators=(",", ":")))
