"""Generates bus-routes inputs: python3 gen.py SEED ROUTES TOTAL MODE.

ROUTES routes holding TOTAL stops together (stop numbers below 10^6). MODE `random`: random
lengths and stops. `chain`: route i shares one stop with route i + 1 only; source on the first
route, target on the last (answer ROUTES). `long`: one route holds almost all the stops and the
target is unreachable, so every stop of the long route gets visited. `apart`: like chain, but one
link is missing (answer -1).
"""
import json
import random
import sys

seed, count, total, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
pool = rng.sample(range(10**6), total + count + 2)
it = iter(pool)
routes = []
if mode in ("chain", "apart"):
    links = [next(it) for _ in range(count - 1)]
    per = total // count
    for i in range(count):
        r = []
        if i > 0 and not (mode == "apart" and i == count // 2):
            r.append(links[i - 1])
        if i < count - 1:
            r.append(links[i])
        while len(r) < per:
            r.append(next(it))
        rng.shuffle(r)
        routes.append(r)
    source = next(s for s in routes[0] if s not in links)
    target = next(s for s in routes[-1] if s not in links)
elif mode == "long":
    big = [next(it) for _ in range(total - 2 * (count - 1))]
    routes.append(big)
    for _ in range(count - 1):
        routes.append([rng.choice(big), next(it)])
    source = big[0]
    target = next(it)
else:
    sizes = [1] * count
    for _ in range(total - count):
        sizes[rng.randrange(count)] += 1
    stops = rng.sample(range(10**6), 3000)
    for s in sizes:
        routes.append(rng.sample(stops, min(s, len(stops))))
    source, target = rng.choice(stops), rng.choice(stops)
print(json.dumps({"routes": routes, "source": source, "target": target}, separators=(",", ":")))
