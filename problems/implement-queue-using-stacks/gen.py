"""Generates implement-queue-using-stacks calls: python3 gen.py SEED CALLS MODE.

MODE: `mixed` (random operations, pops and peeks only when something is inside), `waves` (pushes
and pops in alternating bursts, so the inner stacks are refilled several times), `fill-drain`
(push half, then drain everything with peek/pop/empty).
"""
import json
import random
import sys

seed, ncalls, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
calls, args = ["MyQueue"], [[]]
size = 0


def add(c, a=()):
    calls.append(c)
    args.append(list(a))


if mode == "fill-drain":
    half = ncalls // 3
    for _ in range(half):
        add("push", [rng.randint(1, 9)])
    size = half
    while len(calls) - 1 < ncalls:
        c = rng.choice(["pop", "pop", "peek", "empty"]) if size else "empty"
        add(c)
        if c == "pop":
            size -= 1
else:
    burst, pushing = 0, True
    while len(calls) - 1 < ncalls:
        if mode == "waves":
            if burst == 0:
                pushing = not pushing
                burst = rng.randint(3, 12)
            burst -= 1
            c = "push" if pushing or size == 0 else rng.choice(["pop", "pop", "peek"])
        else:
            c = rng.choice(["push", "push", "pop", "peek", "empty"])
            if c in ("pop", "peek") and size == 0:
                c = "push"
        if c == "push":
            add(c, [rng.randint(1, 9)])
            size += 1
        else:
            add(c)
            if c == "pop":
                size -= 1
print(json.dumps({"calls": calls, "args": args}))
