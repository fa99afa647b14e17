"""Generates reverse-integer inputs: python3 gen.py SEED SIGN WANT.

A random 10-digit x of sign SIGN (+ or -) whose reversal fits in 32 bits (WANT = fits) or does not
(WANT = overflows).
"""
import json
import random
import sys

seed, sign, want = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(seed)
while True:
    mag = rng.randint(10**9, 2**31 - 1)
    x = mag if sign == "+" else -mag
    r = int(str(mag)[::-1]) * (1 if sign == "+" else -1)
    if (-2**31 <= r <= 2**31 - 1) == (want == "fits"):
        break
print(json.dumps({"x": x}))
