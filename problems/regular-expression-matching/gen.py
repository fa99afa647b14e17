"""Generates regular-expression-matching inputs: python3 gen.py SEED MODE.

MODE:
  `stars-fail`  s = a^19 b, p = (a*)^10: false, after a search without memory has tried every
                way to share the a's among the ten stars.
  `stars-end`   s = a^20, p = (a*)^9 b: false for the same reason.
  `dots-fail`   s = a^19 b, p = (.*)^9 c: the same with wildcards.
  `random`      s over "ab" and a pattern made from it by turning letters into '.', adding
                starred elements and sometimes changing a letter (either answer).
"""
import json
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)
if mode == "stars-fail":
    s, p = "a" * 19 + "b", "a*" * 10
elif mode == "stars-end":
    s, p = "a" * 20, "a*" * 9 + "b"
elif mode == "dots-fail":
    s, p = "a" * 19 + "b", ".*" * 9 + "c"
else:
    while True:
        s = "".join(rng.choice("ab") for _ in range(rng.randint(8, 20)))
        p = ""
        for c in s:
            r = rng.random()
            if r < 0.2:
                p += "."
            elif r < 0.35:
                p += rng.choice([c, "."]) + "*"
            elif r < 0.4:
                p += c + rng.choice("ab") + "*"
            else:
                p += c
        if rng.random() < 0.5:
            i = rng.randrange(len(p))
            if p[i] != "*":
                p = p[:i] + rng.choice("ab.") + p[i + 1:]
        if 1 <= len(p) <= 20:
            break
print(json.dumps({"s": s, "p": p}))
