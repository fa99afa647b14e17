"""Input validator for validate-binary-search-tree: exits 0 if the tree is valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


tree = json.load(sys.stdin)["root"]
if not tree or tree[0] is None:
    fail("the tree has at least one node")
if tree[-1] is None:
    fail("trailing nulls must be dropped")
nodes = [x for x in tree if x is not None]
if len(nodes) > 10**4:
    fail("at most 10^4 nodes, got %d" % len(nodes))
if any(not -2**31 <= x <= 2**31 - 1 for x in nodes):
    fail("node values must be 32-bit signed integers")
slots = 2
for x in tree[1:]:
    if slots == 0:
        fail("an entry has no parent")
    slots -= 1
    if x is not None:
        slots += 2
