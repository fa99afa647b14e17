"""Generates multiply-strings inputs: python3 gen.py SEED LEN1 LEN2 MODE.

MODE: random digits, nines (all digits 9: the most carries), zero2 (num2 = "0"), sparse (mostly
zero digits with a few non-zero ones).
"""
import json
import random
import sys

seed, l1, l2, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def number(length):
    if mode == "nines":
        return "9" * length
    if mode == "sparse":
        body = [rng.choice("0000000001") for _ in range(length - 1)]
        return str(rng.randint(1, 9)) + "".join(body)
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(length - 1))


a = number(l1)
b = "0" if mode == "zero2" else number(l2)
print(json.dumps({"num1": a, "num2": b}))
