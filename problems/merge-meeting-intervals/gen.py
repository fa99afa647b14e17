"""Large merge-meeting-intervals inputs: python3 gen.py SEED N MODE.

MODE: random (short meetings over [0, 10^6], many overlaps) | disjoint (meetings with gaps,
nothing merges: the most blocks) | nested (every meeting inside one long one) | touching (a chain
where each meeting starts where another ends). Prints the input.
"""
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
meetings = []
if mode == "disjoint":
    for i in range(n):
        s = i * 5000 + rng.randint(0, 2000)
        meetings.append((s, s + rng.randint(1, 2000)))
elif mode == "nested":
    meetings.append((0, 10**9))
    for _ in range(n - 1):
        s = rng.randint(1, 10**9 - 2)
        meetings.append((s, rng.randint(s + 1, min(10**9 - 1, s + 10**6))))
elif mode == "touching":
    t = 0
    for _ in range(n):
        d = rng.randint(1, 5000)
        meetings.append((t, t + d))
        t += d if rng.random() < 0.9 else d + 1
else:
    for _ in range(n):
        s = rng.randint(0, 10**6 - 30)
        meetings.append((s, s + rng.randint(1, 30)))
rng.shuffle(meetings)
sys.stdout.write("%d\n%s\n" % (n, "\n".join("%d %d" % m for m in meetings)))
