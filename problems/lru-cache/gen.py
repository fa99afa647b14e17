"""Large lru-cache inputs: python3 gen.py SEED CALLS CAPACITY KEYS.

CALLS - 1 calls to get and put, keys drawn from 0..KEYS-1 (KEYS <= 10^4 + 1), about half of them
puts, values in 0..10^5. A small CAPACITY with more KEYS makes most puts evict.
"""
import json
import random
import sys

seed, total, cap, keys = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
calls, args = ["LRUCache"], [[cap]]
recent = []
while len(calls) < total:
    # half of the keys come from the recently used ones, so hits and misses both occur
    if recent and rng.random() < 0.5:
        key = recent[-rng.randint(1, min(len(recent), 2 * cap))]
    else:
        key = rng.randrange(keys)
    recent.append(key)
    if rng.random() < 0.5:
        calls.append("put")
        args.append([key, rng.randint(0, 10**5)])
    else:
        calls.append("get")
        args.append([key])
print(json.dumps({"calls": calls, "args": args}, separators=(",", ":")))
