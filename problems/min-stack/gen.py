"""Min-stack call sequences at LeetCode's largest size: python3 gen.py SEED CALLS MODE.

MODE: deep (half the calls push, then getMin on a deep stack: the worst case for scanning the
stack) | random (a mix of all four operations) | sawtooth (runs of falling pushes, then pops that
uncover older minima). Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
calls, args = ["MinStack"], [[]]
size = 0


def val():
    return rng.randint(-2**31, 2**31 - 1)


def emit(op, *a):
    calls.append(op)
    args.append(list(a))


while len(calls) - 1 < total:
    if mode == "deep":
        if len(calls) - 1 < total // 2:
            emit("push", val())
            size += 1
        else:
            op = rng.choice(["getMin"] * 16 + ["top", "pop"])
            if op == "pop" and size > 1:
                size -= 1
            elif op == "pop":
                op = "getMin"
            emit(op)
    elif mode == "sawtooth":
        run = rng.randint(1, 50)
        base = rng.randint(-2**31 + 100, 2**31 - 1)
        for i in range(run):
            emit("push", max(-2**31, base - i * rng.randint(0, 40000000)))
            size += 1
        for _ in range(rng.randint(0, run)):
            emit("getMin")
            emit("pop")
            size -= 1
        if size:
            emit("top")
    else:
        op = rng.choice(["push", "push", "pop", "top", "getMin"]) if size else "push"
        if op == "push":
            emit("push", val())
            size += 1
        else:
            if op == "pop":
                size -= 1
            emit(op)
calls, args = calls[: total + 1], args[: total + 1]
print(json.dumps({"calls": calls, "args": args}))
