"""Input validator for unique-paths: exits 0 if the arguments are valid, else 1 with a reason."""
import json
import math
import sys

args = json.load(sys.stdin)
m, n = args["m"], args["n"]
if not (1 <= m <= 100 and 1 <= n <= 100):
    print("need 1 <= m, n <= 100")
    sys.exit(1)
if math.comb(m + n - 2, m - 1) > 2 * 10**9:
    print("the answer must be at most 2 * 10^9")
    sys.exit(1)
