"""Input validator for gas-station: reads {"gas": [...], "cost": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"gas", "cost"}:
    fail("expected exactly the arguments gas and cost")
gas, cost = data["gas"], data["cost"]
if not isinstance(gas, list) or not isinstance(cost, list) or len(gas) != len(cost):
    fail("gas and cost must be lists of the same length")
n = len(gas)
if not 1 <= n <= 10**5:
    fail("n must be in 1..10^5")
for x in gas + cost:
    if type(x) is not int or not 0 <= x <= 10**4:
        fail("every gas[i] and cost[i] must be an integer in 0..10^4")
# P[j]: fuel balance after the first j legs. Start s works iff P[m] >= P[s] for m in s+1..n and
# P[n] + P[m] >= P[s] for m in 1..s (the legs after wrapping around).
P = [0]
for g, c in zip(gas, cost):
    P.append(P[-1] + g - c)
total = P[n]
suffix_min = [0] * (n + 2)
suffix_min[n + 1] = float("inf")
for j in range(n, 0, -1):
    suffix_min[j] = min(P[j], suffix_min[j + 1])
working, prefix_min = 0, float("inf")
for s in range(n):
    if suffix_min[s + 1] >= P[s] and total + prefix_min >= P[s]:
        working += 1
    prefix_min = min(prefix_min, P[s + 1])
if working > 1:
    fail("more than one station works")
