"""Large leaky-bucket-shaper call sequences: python3 gen.py SEED CALLS CAPACITY RATE MODE.

MODE: flood (arrivals far faster than the rate into a huge bucket: the bucket holds up to 10^5
requests, the worst case for recounting them) | steady (arrivals near the rate, a small bucket:
many drops and departures landing on tick boundaries) | bursty (bursts of up to twice the capacity at one tick, then
gaps, some long enough to empty the bucket) | late (times near 10^9). About a fifth of the calls are
pending. Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, n, cap, rate, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                            sys.argv[5])
rng = random.Random(seed)
calls, args = ["LeakyBucketShaper"], [[cap, rate]]
t = 10**9 - 3 * n if mode == "late" else 0
while len(calls) < n:
    if mode == "flood":
        t += rng.choice((0, 0, 0, 0, 1))
        burst = 1
    elif mode == "bursty":
        t += rng.choice((0, 1, 2, 3, 50, 400))
        burst = rng.randint(1, min(2 * cap, 1000))
    else:
        t += rng.choice((0, 0, 0, 1, 1, 2))
        burst = 1
    for _ in range(burst):
        if len(calls) >= n:
            break
        calls.append("pending" if rng.random() < 0.2 else "arrive")
        args.append([t])
print(json.dumps({"calls": calls, "args": args}))
