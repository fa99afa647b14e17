"""Large merge-k-sorted-lists inputs: python3 gen.py SEED K TOTAL MODE.

MODE: singletons (K one-node lists in increasing order, the worst case for merging the lists into
the result one by one) | random (K lists of random lengths, TOTAL nodes in all, at most 500 each).
Prints the JSON of the arguments.
"""
import json
import random
import sys

seed, k, total, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "singletons":
    values = sorted(rng.randint(-10**4, 10**4) for _ in range(k))
    lists = [[v] for v in values]
else:
    lengths = [0] * k
    for _ in range(total):
        i = rng.randrange(k)
        while lengths[i] == 500:
            i = rng.randrange(k)
        lengths[i] += 1
    lists = [sorted(rng.randint(-10**4, 10**4) for _ in range(m)) for m in lengths]
print(json.dumps({"lists": lists}))
