"""Large lfu-cache inputs: python3 gen.py SEED CALLS CAPACITY MODE.

MODE `evict`: puts of keys drawn from all of 0..10^5 with some gets, so most puts evict (a naive
scan for the victim looks at every entry each time); `hot`: a few hot keys used over and over
among many cold ones, so use counts grow large and ties among the cold keys are common.
"""
import json
import random
import sys

seed, total, cap, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
calls, args = ["LFUCache"], [[cap]]
hot = rng.sample(range(10**5 + 1), 50)
while len(calls) < total:
    if mode == "hot" and rng.random() < 0.5:
        key = rng.choice(hot)
    else:
        key = rng.randint(0, 10**5)
    if rng.random() < (0.75 if mode == "evict" else 0.4):
        calls.append("put")
        args.append([key, rng.randint(0, 10**9)])
    else:
        calls.append("get")
        args.append([key])
print(json.dumps({"calls": calls, "args": args}, separators=(",", ":")))
