"""Input validator for trapping-rain-water: exits 0 if the arguments are valid, else 1 with a reason."""
import json
import sys

height = json.load(sys.stdin)["height"]
if not 1 <= len(height) <= 2 * 10**4:
    print("need 1 <= height.length <= 2 * 10^4, got %d" % len(height))
    sys.exit(1)
if any(not 0 <= h <= 10**5 for h in height):
    print("every height[i] must be in [0, 10^5]")
    sys.exit(1)
