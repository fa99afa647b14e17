"""Inputs for sharded-counter: python3 gen.py SEED CALLS SHARDS EVERY KEYS STEP.

CALLS calls after the constructor: increments (about half), reads, readCompacted and a few
flushes, on KEYS keys spread over SHARDS shards. Time starts at 0 and grows by 0..STEP per call,
landing exactly on a multiple of EVERY now and then. Deltas go up to 10^9 in absolute value, so
totals pass 2^31.
"""
import json
import random
import sys

seed, calls, shards, every, nkeys, step = map(int, sys.argv[1:7])
rng = random.Random(seed)
keys = set()
while len(keys) < nkeys:
    keys.add("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 10))))
keys = sorted(keys)
names = ["ShardedCounter"]
args = [[shards, every]]
t = 0
for _ in range(calls):
    if rng.random() < 0.05:
        t = min(10**9, (t // every + 1) * every)
    else:
        t = min(10**9, t + rng.randint(0, step))
    key = rng.choice(keys[: max(1, nkeys // 10)]) if rng.random() < 0.5 else rng.choice(keys)
    shard = rng.randrange(shards)
    r = rng.random()
    if r < 0.5:
        delta = rng.randint(-10**9, 10**9) if rng.random() < 0.1 else rng.randint(1, 10**9)
        names.append("increment")
        args.append([key, shard, delta, t])
    elif r < 0.85:
        names.append("read")
        args.append([key, shard, t])
    elif r < 0.98:
        names.append("readCompacted")
        args.append([key, t])
    else:
        names.append("flush")
        args.append([shard, t])
print(json.dumps({"calls": names, "args": args}))
