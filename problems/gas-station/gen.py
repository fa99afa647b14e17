"""Generates gas-station inputs: python3 gen.py SEED N MODE.

MODE:
  `late-fail`  a long run of stations that each add 1 unit, then a few stations that each burn
               10^4, then as many that give back exactly the missing fuel (total 0): the answer
               is the first of those. From any
               start in the long run the car gets far before running dry, so simulating every
               start takes about n^2 / 2 steps.
  `random`     random values with a unique answer.
  `none`       random values whose total fuel falls short (answer -1).
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
M = 10**4


def working_starts(gas, cost):
    n = len(gas)
    P = [0]
    for g, c in zip(gas, cost):
        P.append(P[-1] + g - c)
    suffix_min = [float("inf")] * (n + 2)
    for j in range(n, 0, -1):
        suffix_min[j] = min(P[j], suffix_min[j + 1])
    working, prefix_min = 0, float("inf")
    for s in range(n):
        if suffix_min[s + 1] >= P[s] and P[n] + prefix_min >= P[s]:
            working += 1
        prefix_min = min(prefix_min, P[s + 1])
    return working


if mode == "late-fail":
    k = 11
    run = n - 2 * k
    gas = [rng.randint(1, M) for _ in range(run)]
    cost = [g - 1 for g in gas]
    # the last k stations give back exactly what is missing, so the total is 0 and only the
    # first of them works
    back = k * M - run
    gains = [back // k + (1 if i < back % k else 0) for i in range(k)]
    gas += [0] * k + gains
    cost += [M] * k + [0] * k
elif mode == "random":
    while True:
        gas = [rng.randint(0, M) for _ in range(n)]
        cost = [rng.randint(0, M) for _ in range(n)]
        diff = sum(cost) - sum(gas)
        i = 0
        while diff > 0:  # top up gas until the total suffices
            add = min(diff, M - gas[i])
            gas[i] += add
            diff -= add
            i += 1
        if sum(gas) >= sum(cost) and working_starts(gas, cost) == 1:
            break
else:
    gas = [rng.randint(0, M) for _ in range(n)]
    cost = [rng.randint(0, M) for _ in range(n)]
    while sum(gas) >= sum(cost):
        i = rng.randrange(n)
        cost[i] = M
print(json.dumps({"gas": gas, "cost": cost}))
