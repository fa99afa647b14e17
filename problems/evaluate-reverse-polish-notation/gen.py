"""Generates evaluate-reverse-polish-notation inputs: python3 gen.py SEED L MODE.

L is the number of tokens (made odd). MODE:
  random   operands are pushed or operators applied at random
  deep     all operands first, then all operators (the stack grows to (L+1)/2 values)
  divide   mostly `*` and `/` with negative values, to exercise truncation toward zero
Operators are picked among those whose result fits in 32 bits (and `/` never by zero).
"""
import json
import random
import sys

seed, length, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if length % 2 == 0:
    length -= 1
numbers = (length + 1) // 2
LIM = 2**31


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


tokens = []
stack = []
pushed = 0
while len(tokens) < length:
    can_push = pushed < numbers
    can_op = len(stack) >= 2
    if mode == "deep":
        push = can_push
    else:
        push = can_push and (not can_op or rng.random() < 0.5)
    if push:
        v = rng.randint(-200, 200)
        tokens.append(str(v))
        stack.append(v)
        pushed += 1
        continue
    b = stack.pop()
    a = stack.pop()
    if mode == "divide":
        prefs = ["/", "*", "/", "*", "-", "+"]
    else:
        prefs = ["+", "-", "*", "/"]
        rng.shuffle(prefs)
    for op in prefs:
        if op == "/" and b == 0:
            continue
        r = apply(op, a, b)
        if -LIM <= r < LIM and (mode != "divide" or op != "*" or abs(r) < 10**6):
            break
    else:
        op = "+" if -LIM <= a + b < LIM else "-"
        r = apply(op, a, b)
    tokens.append(op)
    stack.append(r)
print(json.dumps({"tokens": tokens}))
