"""Generates palindrome-partitioning inputs: python3 gen.py SEED LENGTH LETTERS.

LETTERS = 1 gives the worst case (2^(LENGTH-1) ways); few letters give many palindromes."""
import json
import random
import sys

seed, length, letters = map(int, sys.argv[1:4])
rng = random.Random(seed)
alphabet = rng.sample("abcdefghijklmnopqrstuvwxyz", letters)
print(json.dumps({"s": "".join(rng.choice(alphabet) for _ in range(length))}))
