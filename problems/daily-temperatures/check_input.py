"""Input validator for daily-temperatures: 1 <= len(temperatures) <= 100000, 30 <= temperatures[i] <= 100."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
temperatures = args.get("temperatures")
if not isinstance(temperatures, list) or not 1 <= len(temperatures) <= 100000:
    fail("temperatures must be a list of 1..100000 integers")
if not all(isinstance(x, int) and not isinstance(x, bool) and 30 <= x <= 100 for x in temperatures):
    fail("every temperatures[i] must be an integer in 30..100")
