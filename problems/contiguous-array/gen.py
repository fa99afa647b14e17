"""Generates contiguous-array inputs: python3 gen.py SEED N MODE.

MODE: random (fair coin), biased (70% ones: the answer is a shorter piece somewhere), all-ones
(answer 0), blocks (a balanced middle between long one-sided blocks), drift (a slow random walk
that makes the best piece start late and end early).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "random":
    a = [rng.randint(0, 1) for _ in range(n)]
elif mode == "biased":
    a = [1 if rng.random() < 0.7 else 0 for _ in range(n)]
elif mode == "all-ones":
    a = [1] * n
elif mode == "blocks":
    k = n // 4
    mid = [0, 1] * ((n - 2 * k) // 2)
    rng.shuffle(mid)
    a = [1] * k + mid + [1] * (n - k - len(mid))
elif mode == "drift":
    a = [1 if rng.random() < 0.52 else 0 for _ in range(n)]
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"nums": a}, separators=(",", ":")))
