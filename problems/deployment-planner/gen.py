"""Inputs for deployment-planner: python3 gen.py SEED N EDGES P CHAIN FAILS CYCLES.

N services with random unique names; a hidden random order makes the graph acyclic: with
probability CHAIN percent a service depends on the one just before it (long chains give many
waves), and EDGES dependencies in all point backwards in the order. FAILS services fail.
CYCLES back edges (pointing forwards in the order) then add cycles; CYCLES = -1 instead closes
one long cycle: the first service in the order depends on the last.
"""
import random
import sys

seed, n, m, p, chain, fails, cycles = map(int, sys.argv[1:8])
rng = random.Random(seed)
letters = "abcdefghijklmnopqrstuvwxyz"
alpha = letters + "0123456789-"
names = set()
while len(names) < n:
    names.add(rng.choice(letters) + "".join(rng.choice(alpha) for _ in range(rng.randint(0, rng.choice([3, 19])))))
names = sorted(names)
rng.shuffle(names)
deps = [set() for _ in range(n)]
edges = 0
for i in range(1, n):
    if rng.randrange(100) < chain and edges < m:
        deps[i].add(i - 1)
        edges += 1
while edges < m - cycles and n > 1:
    i = rng.randrange(1, n)
    j = rng.randrange(max(0, i - rng.choice([5, 100, n])), i)
    if j not in deps[i]:
        deps[i].add(j)
        edges += 1
if cycles == -1:
    deps[0].add(n - 1)
for _ in range(max(cycles, 0)):
    i = rng.randrange(n)
    j = rng.randrange(i, min(n, i + rng.choice([1, 3, 50])))
    if j not in deps[i]:
        deps[i].add(j)
order = list(range(n))
rng.shuffle(order)
lines = ["%d %d" % (n, p)]
for i in order:
    ds = [names[j] for j in deps[i]]
    rng.shuffle(ds)
    lines.append(" ".join([names[i], str(len(ds))] + ds))
failed = rng.sample(names, fails)
lines.append(" ".join([str(fails)] + failed))
print("\n".join(lines))
