"""Generates basic-calculator-ii inputs: python3 gen.py SEED LENGTH MODE.

MODE: mixed (all four operators, small numbers after * and /), products (long chains of * and /
that grow and shrink), subtract-divide (many `a - b / c` terms, where truncation of negative
terms matters), spaces (mixed with many spaces). Built to about LENGTH characters.
"""
import json
import random
import sys

seed, length, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)


def sp():
    if mode == "spaces":
        return " " * rng.choice([0, 1, 1, 3])
    return rng.choice(["", "", " "])


parts = [str(rng.randint(0, 1000))]
size = len(parts[0])
term = int(parts[0])
while size < length:
    if mode == "products":
        op = rng.choice("**/+-")
    elif mode == "subtract-divide":
        op = rng.choice("-/")
    else:
        op = rng.choice("+-*/")
    if op == "*":
        limit = max(1, (10**6) // max(1, term))
        v = rng.randint(0, min(50, limit))
        term *= v
    elif op == "/":
        v = rng.randint(1, 20)
        term //= v
    else:
        v = rng.randint(0, 100000)
        term = v
    tok = sp() + op + sp() + str(v)
    parts.append(tok)
    size += len(tok)
print(json.dumps({"s": "".join(parts)}))
