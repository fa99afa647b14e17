"""Large find-median-from-data-stream inputs: python3 gen.py SEED CALLS MODE.

MODE `alternate`: addNum and findMedian in turn; `bulk`: half the calls add numbers, the other half
ask for the median (the worst case for sorting on every query); `rising`: increasing numbers with a
median after each; `extremes`: only -10^5 and 10^5.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
calls, args = ["MedianFinder"], [[]]
k = total - 1
if mode == "bulk":
    adds = [rng.randint(-10**5, 10**5) for _ in range(k // 2)]
    calls += ["addNum"] * len(adds) + ["findMedian"] * (k - len(adds))
    args += [[x] for x in adds] + [[] for _ in range(k - len(adds))]
else:
    for i in range(k):
        if i % 2 == 0:
            if mode == "rising":
                x = -10**5 + 8 * (i // 2) + rng.randint(0, 7)
            elif mode == "extremes":
                x = rng.choice([-10**5, 10**5])
            else:
                x = rng.randint(-10**5, 10**5)
            calls.append("addNum")
            args.append([x])
        else:
            calls.append("findMedian")
            args.append([])
print(json.dumps({"calls": calls, "args": args}, separators=(",", ":")))
