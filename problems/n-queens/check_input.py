"""Input validator for n-queens: 1 <= n <= 9."""
import json
import sys

data = json.load(sys.stdin)
if set(data) != {"n"} or type(data["n"]) is not int or not 1 <= data["n"] <= 9:
    print("expected the argument `n` with 1 <= n <= 9")
    sys.exit(1)
