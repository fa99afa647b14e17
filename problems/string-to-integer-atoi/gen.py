"""Generates string-to-integer-atoi inputs: python3 gen.py SEED MODE.

MODE: digits (spaces, a sign, up to 190 digits with leading zeros, then junk), near-limit
(a number within a few units of 2^31 or -2^31, with leading zeros), junk (random characters of
the allowed alphabet).
"""
import json
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)
ALPHA = string.ascii_letters + string.digits + " +-."
if mode == "digits":
    s = " " * rng.randint(0, 5) + rng.choice(["", "+", "-"])
    s += "0" * rng.randint(0, 20) + "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 150)))
    s += "".join(rng.choice(ALPHA) for _ in range(rng.randint(0, 10)))
elif mode == "near-limit":
    v = rng.choice([2**31, -2**31]) + rng.randint(-3, 3)
    s = " " * rng.randint(0, 3) + ("-" if v < 0 else rng.choice(["", "+"])) + "0" * rng.randint(0, 30) + str(abs(v))
    s += rng.choice(["", " 12", "x", ".9", "-1"])
elif mode == "junk":
    s = "".join(rng.choice(ALPHA) for _ in range(rng.randint(0, 200)))
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"s": s[:200]}))
