"""Generates meeting-rooms inputs: python3 gen.py SEED N MODE.

MODE: `free` (disjoint meetings, many touching, shuffled: the answer is true and every pair must
be ruled out), `one-clash` (the same, with one meeting stretched to overlap its neighbour),
`late-clash` (disjoint except the two latest meetings overlap).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
pts = sorted(rng.sample(range(0, 10**6 + 1), n + 1))
meetings = []
for i in range(n):
    a, b = pts[i], pts[i + 1]
    if rng.random() < 0.3 and b - a > 1:
        b = rng.randint(a + 1, b)  # leave a gap instead of touching
    meetings.append([a, b])
if mode == "one-clash":
    i = rng.randrange(n - 1)
    meetings[i][1] = meetings[i + 1][0] + 1 if meetings[i + 1][0] + 1 <= meetings[i + 1][1] else meetings[i + 1][1]
    if meetings[i][1] <= meetings[i + 1][0]:
        meetings[i][1] = meetings[i + 1][1]
elif mode == "late-clash":
    meetings[-2][1] = meetings[-1][1]
rng.shuffle(meetings)
print(json.dumps({"intervals": meetings}))
