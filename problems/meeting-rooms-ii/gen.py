"""Generates meeting-rooms-ii inputs: python3 gen.py SEED N MODE.

MODE: `random` (random meetings of random lengths), `short` (short meetings, few at a time),
`touching` (back-to-back meetings in a few parallel tracks: rooms can be reused at the exact
end time), `all` (every meeting runs at one common moment: N rooms).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
T = 10**6
out = []
if mode == "random":
    for _ in range(n):
        a, b = sorted(rng.sample(range(T + 1), 2))
        out.append([a, b])
elif mode == "short":
    for _ in range(n):
        a = rng.randint(0, T - 1)
        out.append([a, min(T, a + rng.randint(1, 500))])
elif mode == "touching":
    tracks = 7
    per = n // tracks
    for t in range(tracks):
        pts = sorted(rng.sample(range(T + 1), per + 1))
        out += [[pts[i], pts[i + 1]] for i in range(per)]
    while len(out) < n:
        out.append([0, 1])
else:
    mid = T // 2
    for _ in range(n):
        out.append([rng.randint(0, mid), rng.randint(mid + 1, T)])
rng.shuffle(out)
print(json.dumps({"intervals": out}))
