"""Input validator for container-with-most-water: 2 <= len(height) <= 100000, 0 <= height[i] <= 10000."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
height = args.get("height")
if not isinstance(height, list) or not 2 <= len(height) <= 100000:
    fail("height must be a list of 2..100000 integers")
if not all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= 10000 for x in height):
    fail("every height[i] must be an integer in 0..10000")
