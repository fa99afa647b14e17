"""Generates encode/decode inputs: python3 gen.py SEED COUNT MAXLEN MODE.

COUNT strings of 0..MAXLEN characters. MODE: `all` (any of the 256 codes), `full` (every string
of length MAXLEN, any code), `tricky` (digits, common delimiters, escapes and spaces).
"""
import json
import random
import sys

seed, count, maxlen, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
alphabet = [chr(c) for c in range(256)]
if mode == "tricky":
    alphabet = list("0123456789#|,;:/\\\"' \n\tn")
strs = []
for _ in range(count):
    n = maxlen if mode == "full" else rng.randint(0, maxlen)
    strs.append("".join(rng.choice(alphabet) for _ in range(n)))
print(json.dumps({"strs": strs}))
