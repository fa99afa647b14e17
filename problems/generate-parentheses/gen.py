"""Generates generate-parentheses inputs: python3 gen.py SEED N (the seed is not used: n is the
whole input, and the expected list is computed by the reference solution)."""
import json
import sys

print(json.dumps({"n": int(sys.argv[2])}))
