"""Generates find-minimum-in-rotated-sorted-array inputs: python3 gen.py SEED N ROT.

N distinct values from [-5000, 5000], sorted, then rotated so that nums[0] is the sorted list's
entry at index ROT (ROT = -1: random). ROT = 0 leaves the list sorted.
"""
import json
import random
import sys

seed, n, rot = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
vals = sorted(rng.sample(range(-5000, 5001), n))
if rot < 0:
    rot = rng.randrange(n)
print(json.dumps({"nums": vals[rot:] + vals[:rot]}))
