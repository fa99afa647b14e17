"""Unique-paths inputs: python3 gen.py SEED M N. Prints the JSON of the arguments (fixed sizes;
the seed is unused)."""
import json
import sys

print(json.dumps({"m": int(sys.argv[2]), "n": int(sys.argv[3])}))
