"""Generates hand-of-straights inputs: python3 gen.py SEED N G MODE.

N cards dealt as N / G straights of length G, shuffled. MODE: `yes` (as dealt), `nudge` (one card
moved up or down by one: almost always false), `overlap` (straights packed tightly in a small
range, many equal cards), `extra-card` (one straight is missing its last card and a card is added
elsewhere), `high` (values near 10^9).
"""
import json
import random
import sys

seed, n, g, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
top = 10**9 - g + 1
if mode == "overlap":
    starts = [rng.randint(0, 3 * g) for _ in range(n // g)]
elif mode == "high":
    starts = [rng.randint(top - 50 * g, top) for _ in range(n // g)]
else:
    starts = [rng.randint(0, top) for _ in range(n // g)]
hand = [s + k for s in starts for k in range(g)]
if mode == "nudge":
    i = rng.randrange(len(hand))
    hand[i] += 1 if hand[i] < 10**9 else -1
elif mode == "extra-card":
    hand.remove(starts[0] + g - 1)
    hand.append(rng.randint(0, 10**9))
rng.shuffle(hand)
print(json.dumps({"hand": hand, "groupSize": g}))
