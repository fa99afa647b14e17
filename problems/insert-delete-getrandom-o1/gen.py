"""Generates RandomizedSet call sequences: python3 gen.py SEED MODE CALLS.

MODE `draws`: phases of a few inserts and removes (sets of 2..8 values) each followed by
1000..3000 getRandom calls. `mixed`: random calls on values from a pool of 1000. `bulk`: insert
CALLS * 0.45 distinct values, then remove them in random order, with a getRandom every 50 calls.
getRandom is only called on a non-empty set.
"""
import json
import random
import sys

seed, mode, total = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
calls, args = ["RandomizedSet"], [[]]
present = set()


def call(name, *a):
    calls.append(name)
    args.append(list(a))


def insert(v):
    call("insert", v)
    present.add(v)


def remove(v):
    call("remove", v)
    present.discard(v)


def big():
    return rng.randint(-2**31, 2**31 - 1)


if mode == "draws":
    while len(calls) < total - 3100:
        target = rng.randint(2, 8)
        while len(present) > target:
            remove(rng.choice(sorted(present)))
        while len(present) < target:
            insert(big())
        if rng.random() < 0.5:
            insert(rng.choice(sorted(present)))  # a duplicate: returns false
            remove(big())                        # absent: returns false
        for _ in range(rng.randint(1000, 3000)):
            call("getRandom")
elif mode == "mixed":
    pool = [big() for _ in range(1000)]
    while len(calls) < total:
        r = rng.random()
        if r < 0.4:
            insert(rng.choice(pool))
        elif r < 0.7:
            remove(rng.choice(pool))
        elif present:
            call("getRandom")
else:
    vals = rng.sample(range(-2**31, 2**31), int(total * 0.45))
    for i, v in enumerate(vals):
        insert(v)
        if i % 50 == 49:
            call("getRandom")
    rng.shuffle(vals)
    for i, v in enumerate(vals[:-1]):
        remove(v)
        if i % 50 == 49:
            call("getRandom")
print(json.dumps({"calls": calls, "args": args}))
