"""Generates basic-calculator inputs: python3 gen.py SEED LENGTH MODE.

MODE: flat (numbers and + - only), nested (random groups, unary minus after '(' and at the start),
deep (one chain of groups nested thousands of levels deep), spaces (like nested, with many
spaces). The expression is built to about LENGTH characters (at most 3*10^5).
"""
import json
import random
import sys

seed, length, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)


def number():
    return str(rng.choice([rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 99999)]))


def sp():
    if mode == "spaces":
        return " " * rng.choice([0, 0, 1, 2, 5])
    return rng.choice(["", "", " "])


out = []
size = 0
if mode == "deep":
    # "(-12+(7-(-30+(... 5 ...)))": unary minus right after '(' and small numbers.
    depth = length // 8
    parts = []
    for d in range(depth):
        parts.append("(" + rng.choice(["", "-"]) + str(rng.randint(0, 999)) + rng.choice(["+", "-"]))
    core = str(rng.randint(0, 999))
    s = "".join(parts) + core + ")" * depth
else:
    # Build a token list with a stack of open groups; close groups randomly.
    tokens = []
    open_groups = 0
    expect_operand = True
    at_group_start = True
    while size < length or expect_operand or open_groups:
        if expect_operand:
            if at_group_start and mode != "flat" and rng.random() < 0.2:
                tokens.append("-" + sp())
                size += len(tokens[-1])
                at_group_start = False
                continue
            if mode != "flat" and size < length and rng.random() < 0.25:
                tokens.append("(" + sp())
                open_groups += 1
                at_group_start = True
                size += len(tokens[-1])
                continue
            t = number() + sp()
            tokens.append(t)
            size += len(t)
            expect_operand = False
            at_group_start = False
        else:
            if open_groups and (size >= length or rng.random() < 0.2):
                tokens.append(")" + sp())
                open_groups -= 1
                size += len(tokens[-1])
                continue
            if size >= length and not open_groups:
                break
            tokens.append(rng.choice("+-") + sp())
            size += len(tokens[-1])
            expect_operand = True
    s = "".join(tokens).strip()
print(json.dumps({"s": s}))
