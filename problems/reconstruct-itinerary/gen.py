"""Generates reconstruct-itinerary inputs: python3 gen.py SEED TICKETS AIRPORTS MODE.

A random walk of TICKETS flights from JFK over AIRPORTS airports (JFK included) becomes the
shuffled tickets, so an itinerary always exists. MODE `walk`: a uniform walk. `hub`: every
other flight returns to JFK (many loops through one airport). `trap`: ends the walk with a
flight to "AAA", the smallest name, which has no way out and must therefore come last.
"""
import json
import random
import sys

seed, count, nairports, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
names = {"JFK"}
while len(names) < nairports:
    names.add("".join(rng.choice("BCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)))
others = sorted(names - {"JFK"})
cur = "JFK"
walk = [cur]
steps = count - 1 if mode == "trap" else count
for i in range(steps):
    if mode == "hub" and cur != "JFK" and rng.random() < 0.8:
        nxt = "JFK"
    else:
        nxt = rng.choice([x for x in others + ["JFK"] if x != cur])
    walk.append(nxt)
    cur = nxt
if mode == "trap":
    walk.append("AAA")
tickets = [[a, b] for a, b in zip(walk, walk[1:])]
rng.shuffle(tickets)
print(json.dumps({"tickets": tickets}, separators=(",", ":")))
