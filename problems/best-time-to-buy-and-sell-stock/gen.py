"""Large best-time-to-buy-and-sell-stock inputs: python3 gen.py SEED N MODE.

MODE `random`: uniform prices in 0..10^4; `falling`: non-increasing prices (answer 0);
`peak-valley`: a high first half and a low second half with a small rise at the end, so the best
pair is not (global minimum, global maximum); `rising`: non-decreasing prices.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "falling":
    prices = sorted((rng.randint(0, 10000) for _ in range(n)), reverse=True)
elif mode == "rising":
    prices = sorted(rng.randint(0, 10000) for _ in range(n))
elif mode == "peak-valley":
    half = n // 2
    prices = [rng.randint(6000, 9000) for _ in range(half)]
    prices += [rng.randint(1000, 4000) for _ in range(n - half)]
    prices[-1] = 5000
else:
    prices = [rng.randint(0, 10000) for _ in range(n)]
print(json.dumps({"prices": prices}, separators=(",", ":")))
