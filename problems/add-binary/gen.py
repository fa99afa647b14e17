"""Generates add-binary inputs: python3 gen.py SEED LA LB MODE.

MODE: random digits (leading 1), ones (all ones: the carry runs through everything),
complement (b is a's complement on the shared digits plus 1, so the carry ripples across).
"""
import json
import random
import sys

seed, la, lb, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def rand(n):
    return "1" + "".join(rng.choice("01") for _ in range(n - 1))


if mode == "random":
    a, b = rand(la), rand(lb)
elif mode == "ones":
    a, b = "1" * la, "1" * lb
elif mode == "complement":
    a = rand(la)
    # b = 2^la - a: a + b = 1 followed by la zeros.
    b = bin((1 << la) - int(a, 2))[2:]
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"a": a, "b": b}))
