"""Generates car-fleet inputs: python3 gen.py SEED N TARGET MODE.

MODE:
  random     distinct random positions, speeds in 1..10^6 (log-uniform)
  separate   cars further back are slower: every car is its own fleet (n fleets)
  one        cars further back are much faster: everything merges into one fleet
  ties       speed = distance to go / a few distinct travel times, so many cars arrive at exactly
             the same moment (exact ties in the arrival time)
"""
import json
import random
import sys

seed, n, target, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
position = rng.sample(range(target), n)
order = sorted(range(n), key=lambda i: -position[i])   # front to back
speed = [0] * n
if mode == "random":
    for i in range(n):
        speed[i] = min(10**6, max(1, int(10 ** rng.uniform(0, 6))))
elif mode == "separate":
    # All at speed 1: the travel time is the distance to go, larger for every car further back.
    speed = [1] * n
elif mode == "one":
    # The front car is slowest; everyone behind is fast enough to catch it.
    front = order[0]
    speed[front] = 1
    for i in order[1:]:
        speed[i] = 10**6
elif mode == "ties":
    # Travel times from a small set; speed = dist / time must be an integer, so pick the car's
    # distance to go as a multiple of its time.
    times = [1, 2, 3, 5, 7]
    position = []
    used = set()
    while len(position) < n:
        tm = rng.choice(times)
        sp = rng.randint(1, (target - 1) // tm)
        p = target - tm * sp
        if p not in used and p >= 0:
            used.add(p)
            position.append(p)
            speed[len(position) - 1] = sp
else:
    raise SystemExit("unknown mode " + mode)
print(json.dumps({"target": target, "position": position, "speed": speed}, separators=(",", ":")))
