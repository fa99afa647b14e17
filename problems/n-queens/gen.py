"""Writes an n-queens input: python3 gen.py SEED N (the seed is unused; the input is just n).

Used for the largest boards, whose answers (92 and 352 placements) are too long to store."""
import json
import sys

print(json.dumps({"n": int(sys.argv[2])}))
