"""Generates valid-palindrome inputs: python3 gen.py SEED N MODE.

MODE:
  palindrome   a palindrome of letters and digits in random case, with punctuation and spaces
               sprinkled in at random places (answer true)
  middle       like palindrome but one kept character near the middle is changed (answer false)
  edge         like palindrome but the first kept character is changed (answer false)
  noise        no letter or digit at all (answer true)
"""
import json
import random
import string
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
ALNUM = string.ascii_lowercase + string.digits
NOISE = [chr(c) for c in range(32, 127) if not chr(c).isalnum()]

if mode == "noise":
    s = "".join(rng.choice(NOISE) for _ in range(n))
else:
    kept = n // 2
    half = [rng.choice(ALNUM) for _ in range(kept // 2)]
    core = half + ([rng.choice(ALNUM)] if kept % 2 else []) + half[::-1]
    if mode == "middle":
        i = len(core) // 2 - 1
        core[i] = next(c for c in ALNUM if c != core[i])
    elif mode == "edge":
        core[0] = next(c for c in ALNUM if c != core[0])
    elif mode != "palindrome":
        raise SystemExit("unknown mode " + mode)
    core = [c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in core]
    out = []
    noise_left = n - len(core)
    for c in core:
        while noise_left and rng.random() < 0.5:
            out.append(rng.choice(NOISE))
            noise_left -= 1
        out.append(c)
    out.extend(rng.choice(NOISE) for _ in range(noise_left))
    s = "".join(out)
print(json.dumps({"s": s}))
