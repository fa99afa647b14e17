"""Input validator for serialize-and-deserialize-binary-tree: exits 0 if valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"root"}:
    fail("expected the argument root")
level = args["root"]
if not isinstance(level, list):
    fail("root must be a level-order list")
if level and level[0] is None:
    fail("a non-empty tree must start with a value")
if level and level[-1] is None:
    fail("trailing nulls must be dropped")
# Count the nodes as LeetCode's level order builds them: each node takes the next two slots.
nodes, slots, i = (1 if level else 0), (2 if level else 0), 1
while i < len(level):
    if slots == 0:
        fail("level order has values below missing nodes")
    slots -= 1
    if level[i] is not None:
        nodes += 1
        slots += 2
    i += 1
if nodes > 10**4:
    fail("the tree must have 0..10^4 nodes")
if any(v is not None and (type(v) is not int or not -1000 <= v <= 1000) for v in level):
    fail("every node value must be in -1000..1000")
