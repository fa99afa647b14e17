"""Generates combination-sum-ii inputs: python3 gen.py SEED N LOW HIGH TARGET.

N candidates drawn from LOW..HIGH. Many equal small values make a search that does not skip
equal values explode (a hundred 1s and target 30: C(100, 30) choices of positions).
"""
import json
import random
import sys

seed, n, low, high, target = map(int, sys.argv[1:6])
rng = random.Random(seed)
print(json.dumps({"candidates": [rng.randint(low, high) for _ in range(n)], "target": target}))
