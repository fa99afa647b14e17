"""Input validator for number-of-1-bits: exits 0 if valid, else 1 with a reason."""
import json
import sys

args = json.load(sys.stdin)
if set(args) != {"n"} or type(args["n"]) is not int or not 0 <= args["n"] < 2**32:
    print("expected n, an unsigned 32-bit integer (0..2^32-1)")
    sys.exit(1)
