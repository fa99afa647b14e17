"""Generates palindrome-number inputs: python3 gen.py SEED DIGITS MODE.

MODE: pal (a random palindrome of DIGITS digits that fits in 32 bits), near (a palindrome with one
digit changed), neg (the negative of a palindrome).
"""
import json
import random
import sys

seed, digits, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
while True:
    half = [str(rng.randint(1, 9))] + [str(rng.randint(0, 9)) for _ in range((digits + 1) // 2 - 1)]
    s = half + half[: digits // 2][::-1]
    if mode == "near":
        i = rng.randrange(1, digits)
        s[i] = str((int(s[i]) + rng.randint(1, 9)) % 10)
    x = int("".join(s))
    if mode == "neg":
        x = -x
    if -2**31 <= x <= 2**31 - 1 and (mode != "near" or str(x) != str(x)[::-1]):
        break
print(json.dumps({"x": x}))
