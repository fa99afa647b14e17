"""Time-based-key-value-store call sequences at LeetCode's largest size:
python3 gen.py SEED CALLS KEYS MODE.

MODE: sets-then-gets (half the calls set, spread over KEYS keys, then gets at random times) |
sets-then-early-gets (the same, the gets at times in the first tenth of the sets': the worst case
for scanning a key's history back from its latest set) | mixed (sets and gets interleaved). Set timestamps are
strictly increasing. Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, total, nkeys, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def word(lo, hi):
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(lo, hi)))


keys = list({word(1, 12) for _ in range(nkeys)})
calls, args = ["TimeMap"], [[]]
gap = 10**7 // total
t = 0
for i in range(total):
    if mode in ("sets-then-gets", "sets-then-early-gets"):
        do_set = i < total // 2
    else:
        do_set = rng.random() < 0.5
    if do_set:
        t += rng.randint(1, gap)
        calls.append("set")
        args.append([rng.choice(keys), word(1, 8), t])
    else:
        key = rng.choice(keys) if rng.random() < 0.95 else word(1, 12)
        calls.append("get")
        latest = t // 10 if mode == "sets-then-early-gets" else t + gap
        args.append([key, rng.randint(1, max(1, latest))])
print(json.dumps({"calls": calls, "args": args}))
