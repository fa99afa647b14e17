"""Generates maximum-frequency-stack calls: python3 gen.py SEED CALLS VALUES MODE.

Values are drawn from VALUES distinct numbers in 0..10^9. MODE: `mixed` (pushes and pops at
random), `build-then-drain` (pushes first, then pops until empty: every frequency level is
emptied), `waves` (bursts of pushes and pops).
"""
import json
import random
import sys

seed, ncalls, nvalues, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
values = rng.sample(range(10**9 + 1), nvalues)
calls, args = ["FreqStack"], [[]]
size = 0


def push():
    global size
    calls.append("push")
    args.append([rng.choice(values)])
    size += 1


def pop():
    global size
    calls.append("pop")
    args.append([])
    size -= 1


if mode == "build-then-drain":
    for _ in range(ncalls // 2):
        push()
    while size:
        pop()
elif mode == "waves":
    while len(calls) - 1 < ncalls:
        for _ in range(rng.randint(1, 60)):
            if len(calls) - 1 < ncalls:
                push()
        for _ in range(rng.randint(1, 50)):
            if size and len(calls) - 1 < ncalls:
                pop()
else:
    while len(calls) - 1 < ncalls:
        if size and rng.random() < 0.45:
            pop()
        else:
            push()
print(json.dumps({"calls": calls, "args": args}))
