"""Large network-delay-time inputs: python3 gen.py SEED N E MODE (random | chain | unreachable).

Prints the JSON of the arguments. `chain` hides a path through all nodes whose links are cheap,
among `E` random links that are expensive; `unreachable` does the same with one node that no
link enters.
"""
import json
import random
import sys

seed, n, e, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
k = rng.randint(1, n)
links = {}
if mode in ("chain", "unreachable"):
    order = [k] + rng.sample([v for v in range(1, n + 1) if v != k], n - 1)
    for u, v in zip(order, order[1:]):
        links[(u, v)] = rng.randint(0, 3)
    lonely = order[-1] if mode == "unreachable" else None
    if lonely is not None:
        del links[(order[-2], lonely)]
else:
    lonely = None
while len(links) < e:
    u, v = rng.randint(1, n), rng.randint(1, n)
    if u != v and v != lonely and (u, v) not in links:
        links[(u, v)] = rng.randint(0, 100) if mode == "random" else rng.randint(50, 100)
times = [[u, v, w] for (u, v), w in links.items()]
rng.shuffle(times)
print(json.dumps({"times": times, "n": n, "k": k}))
