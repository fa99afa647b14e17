"""Generates cheapest-flights-within-k-stops inputs: python3 gen.py SEED N E K MODE.

MODE `random`: E random flights with random prices. `ladder`: flights i -> i+1 are cheap and
longer jumps get dearer with their length, so the cheapest trips use many stops and the stop
limit K decides the answer; src = 0, dst = N - 1. `flat`: a dense graph whose prices are all
close to each other, with no direct flight from src to dst. `layers`: the cities form
layers of K cities each (src alone first, dst alone last); every city flies to every city of
the next layer at a price of 100..103, so there are K^(layers - 1) trips of almost equal price.
"""
import json
import random
import sys

seed, n, e, k, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                       sys.argv[5])
rng = random.Random(seed)
flights = {}
if mode == "ladder":
    for i in range(n - 1):
        flights[(i, i + 1)] = rng.randint(1, 10)
    while len(flights) < e:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (a, b) not in flights:
            jump = abs(b - a)
            flights[(a, b)] = min(10**4, 10 * jump + rng.randint(50, 400)) if b > a else rng.randint(1, 10**4)
    src, dst = 0, n - 1
elif mode == "layers":
    width = k
    inner = list(range(1, n - 1))
    rng.shuffle(inner)
    layers = [[0]] + [inner[i:i + width] for i in range(0, len(inner) - len(inner) % width, width)] + [[n - 1]]
    for a_layer, b_layer in zip(layers, layers[1:]):
        for a in a_layer:
            for b in b_layer:
                flights[(a, b)] = rng.randint(100, 103)
    k = len(layers) - 2
    src, dst = 0, n - 1
else:
    while len(flights) < e:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (a, b) not in flights:
            flights[(a, b)] = rng.randint(9990, 10**4) if mode == "flat" else rng.randint(1, 10**4)
    src = rng.randrange(n)
    dst = rng.choice([x for x in range(n) if x != src])
    if mode == "flat":
        flights.pop((src, dst), None)
out = [[a, b, p] for (a, b), p in flights.items()]
rng.shuffle(out)
print(json.dumps({"n": n, "flights": out, "src": src, "dst": dst, "k": k}, separators=(",", ":")))
