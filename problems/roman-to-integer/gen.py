"""Generates roman-to-integer inputs: python3 gen.py SEED LO HI.

The standard numeral of a random number in [LO, HI]; LO = HI picks that number.
"""
import json
import random
import sys

PARTS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
seed, lo, hi = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
n = random.Random(seed).randint(lo, hi)
out = []
for value, letters in PARTS:
    while n >= value:
        out.append(letters)
        n -= value
print(json.dumps({"s": "".join(out)}))
