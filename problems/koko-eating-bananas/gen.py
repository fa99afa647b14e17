"""Large koko-eating-bananas inputs: python3 gen.py SEED N MODE.

MODE `max-speed`: h = n, so the answer is the largest pile (close to 10^9); `random`: random piles
and h between n and 10^9; `small`: piles of at most 100 with h = n + 1; `huge-h`: h = 10^9 (the
answer is small); `large-answer`: big piles and h slightly above n (counting speeds up one by one
takes about 10^8 rounds).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
if mode == "small":
    piles = [rng.randint(1, 100) for _ in range(n)]
else:
    piles = [rng.randint(1, 10**9) for _ in range(n)]
if mode == "max-speed":
    piles[rng.randrange(n)] = 10**9
    h = n
elif mode == "random":
    h = rng.randint(n, 10**9)
elif mode == "small":
    h = n + 1
elif mode == "huge-h":
    h = 10**9
else:
    h = n + n // 10
print(json.dumps({"piles": piles, "h": h}, separators=(",", ":")))
