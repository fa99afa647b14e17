"""Large moving-average inputs: python3 gen.py SEED N K MODE.

MODE: drifting (a random walk within [-10^6, 10^6]) | extreme (readings near +-10^6, so window
sums pass 2^31) | random. Prints the input.
"""
import random
import sys

seed, n, k, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
if mode == "drifting":
    x, v = [], 0
    for _ in range(n):
        v = max(-10**6, min(10**6, v + rng.randint(-700, 700)))
        x.append(v)
elif mode == "extreme":
    x = [rng.choice((10**6, 10**6 - 1, -10**6 + 5)) for _ in range(n)]
else:
    x = [rng.randint(-10**6, 10**6) for _ in range(n)]
sys.stdout.write("%d %d\n%s\n" % (n, k, " ".join(map(str, x))))
