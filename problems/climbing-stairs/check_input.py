"""Input validator for climbing-stairs: 1 <= n <= 45."""
import json
import sys

n = json.load(sys.stdin).get("n")
if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 45:
    print("n must be an integer in 1..45")
    sys.exit(1)
