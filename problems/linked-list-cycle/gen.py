"""Generates hasCycle inputs: python3 gen.py SEED N MODE.

MODE: `none` (no cycle, values 0..9 so that they repeat), `wide` (no cycle, values over the whole
range), `head`, `tail` or `random` (where the tail links back to).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "wide":
    head = [rng.randint(-10**5, 10**5) for _ in range(n)]
else:
    head = [rng.randint(0, 9) for _ in range(n)]
pos = {"none": -1, "wide": -1, "head": 0, "tail": n - 1}.get(mode)
if pos is None:
    pos = rng.randrange(n)
print(json.dumps({"head": head, "pos": pos}))
