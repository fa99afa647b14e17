"""Input validator for reverse-linked-list: exits 0 if the arguments are valid, else 1."""
import json
import sys

head = json.load(sys.stdin)["head"]
if len(head) > 5000:
    print("at most 5000 nodes")
    sys.exit(1)
if any(not -5000 <= x <= 5000 for x in head):
    print("values must be in [-5000, 5000]")
    sys.exit(1)
