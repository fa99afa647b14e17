"""Generates decode-string inputs: python3 gen.py SEED MODE.

MODE: random (random nesting within 30 characters), deep (as many nested groups as fit),
big (large counts: the decoded string is close to 10^5 characters), multi (multi-digit counts
next to letters). Candidates are drawn until one is valid (decoded length <= 10^5).
"""
import json
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)
L = "abcdefghijklmnopqrstuvwxyz"


def decoded_len(s):
    stack = [[0, 1]]
    num = 0
    for c in s:
        if c.isdigit():
            num = num * 10 + int(c)
        elif c == "[":
            stack.append([0, num])
            num = 0
        elif c == "]":
            length, k = stack.pop()
            stack[-1][0] += length * k
        else:
            stack[-1][0] += 1
    return stack[0][0]


def expr(depth, big):
    parts = []
    for _ in range(rng.randint(1, 3)):
        if depth > 0 and rng.random() < 0.6:
            k = rng.randint(1, 300) if big else rng.randint(1, 12)
            parts.append("%d[%s]" % (k, expr(depth - 1, big)))
        else:
            parts.append("".join(rng.choice(L) for _ in range(rng.randint(1, 3))))
    return "".join(parts)


while True:
    if mode == "deep":
        depth = rng.randint(5, 7)
        s = rng.choice(L)
        for _ in range(depth):
            s = "%d[%s%s]" % (rng.randint(2, 4), rng.choice(L), s)
    elif mode == "big":
        s = expr(3, True)
    elif mode == "multi":
        s = "".join("%s%d[%s]" % (rng.choice(L), rng.randint(10, 300), rng.choice(L) * rng.randint(1, 2))
                    for _ in range(rng.randint(2, 3)))
    else:
        s = expr(3, False)
    if 1 <= len(s) <= 30 and decoded_len(s) <= 10**5 and (mode != "big" or decoded_len(s) > 2 * 10**4):
        break
print(json.dumps({"s": s}))
