"""Large daily-temperatures inputs: python3 gen.py SEED N MODE.

MODE `plateau`: all days equal but the last, which is warmer (equal days never count as warmer,
so every day waits for the last one: the worst case for scanning forward); `random`: uniform in
30..100; `falling`: non-increasing steps (every answer 0); `valley`: falling then rising.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "plateau":
    t = [50] * (n - 1) + [100]
elif mode == "falling":
    t = sorted((rng.randint(30, 100) for _ in range(n)), reverse=True)
elif mode == "valley":
    t = sorted((rng.randint(30, 100) for _ in range(n // 2)), reverse=True)
    t += sorted(rng.randint(30, 100) for _ in range(n - n // 2))
else:
    t = [rng.randint(30, 100) for _ in range(n)]
print(json.dumps({"temperatures": t}, separators=(",", ":")))
