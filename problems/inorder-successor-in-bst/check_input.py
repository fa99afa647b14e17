"""Input validator for inorder-successor-in-bst: 1..10^4 nodes, distinct values in
-10^5..10^5 forming a binary search tree, p the value of one of its nodes."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"root", "p"}:
    fail("expected the arguments root and p")
level, p = args["root"], args["p"]
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
if not 1 <= n <= 10**4:
    fail("the tree must have 1..10^4 nodes")
if any(type(v) is not int or not -10**5 <= v <= 10**5 for v in vals):
    fail("every node value must be an integer in -10^5..10^5")
if len(set(vals)) != n:
    fail("node values must be distinct")
order, stack, cur = [], [], 0
while stack or cur is not None:
    while cur is not None:
        stack.append(cur)
        cur = kids[cur][0]
    cur = stack.pop()
    order.append(vals[cur])
    cur = kids[cur][1]
if any(a >= b for a, b in zip(order, order[1:])):
    fail("the tree is not a binary search tree")
if type(p) is not int or p not in set(vals):
    fail("p must be the value of a node of the tree")
