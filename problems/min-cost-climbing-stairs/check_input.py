"""Input validator for min-cost-climbing-stairs: reads {"cost": [...]} on stdin."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


data = json.load(sys.stdin)
if set(data) != {"cost"}:
    fail("expected exactly the argument cost")
cost = data["cost"]
if not isinstance(cost, list) or not 2 <= len(cost) <= 1000:
    fail("cost must be a list of 2..1000 values")
for x in cost:
    if type(x) is not int or not 0 <= x <= 999:
        fail("every cost[i] must be an integer in 0..999")
