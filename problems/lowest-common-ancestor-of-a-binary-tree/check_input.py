"""Input validator for lowest-common-ancestor-of-a-binary-tree: exits 0 if valid, else 1."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"root", "p", "q"}:
    fail("expected the arguments root, p and q")
level, p, q = args["root"], args["p"], args["q"]
if not isinstance(level, list) or not level or level[0] is None:
    fail("root must be a non-empty tree")
# Rebuild the tree from its level order (LeetCode's encoding).
vals = [level[0]]
kids = [[None, None]]
frontier, i, k = [0], 1, 0
while i < len(level):
    if k >= len(frontier):
        fail("level order has values below missing nodes")
    node = frontier[k]
    k += 1
    for side in (0, 1):
        if i < len(level):
            v = level[i]
            i += 1
            if v is not None:
                vals.append(v)
                kids.append([None, None])
                kids[node][side] = len(vals) - 1
                frontier.append(len(vals) - 1)
n = len(vals)
if not 2 <= n <= 10**5:
    fail("the tree must have 2..10^5 nodes")
if any(type(v) is not int or not -10**9 <= v <= 10**9 for v in vals):
    fail("every node value must be an integer in -10^9..10^9")
if len(set(vals)) != n:
    fail("node values must be distinct")
present = set(vals)
if type(p) is not int or type(q) is not int or p not in present or q not in present:
    fail("p and q must be values of nodes of the tree")
if p == q:
    fail("p and q must be different nodes")
