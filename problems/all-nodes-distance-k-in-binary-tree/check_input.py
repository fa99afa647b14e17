"""Input validator for all-nodes-distance-k-in-binary-tree: 1..500 nodes with distinct values in
0..500, target the value of one of them, 0 <= k <= 1000."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"root", "target", "k"}:
    fail("expected the arguments root, target and k")
level, target, k = args["root"], args["target"], args["k"]
if not isinstance(level, list) or not level or level[0] is None:
    fail("root must be a non-empty tree")
vals = [level[0]]
frontier, i, j = 1, 1, 0
while i < len(level):
    if j >= frontier:
        fail("level order has values below missing nodes")
    j += 1
    for _ in (0, 1):
        if i < len(level):
            v = level[i]
            i += 1
            if v is not None:
                vals.append(v)
                frontier += 1
if not 1 <= len(vals) <= 500:
    fail("the tree must have 1..500 nodes")
if any(type(v) is not int or not 0 <= v <= 500 for v in vals):
    fail("every node value must be an integer in 0..500")
if len(set(vals)) != len(vals):
    fail("node values must be distinct")
if type(target) is not int or target not in set(vals):
    fail("target must be the value of a node of the tree")
if type(k) is not int or not 0 <= k <= 1000:
    fail("k must be in 0..1000")
