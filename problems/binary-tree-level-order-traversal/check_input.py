"""Input validator for binary-tree-level-order-traversal: a level-order tree of 0..MAXN nodes with LO <= Node.val <= HI."""
import json
import sys

MAXN, LO, HI = 2000, -1000, 1000


def fail(why):
    print(why)
    sys.exit(1)


root = json.load(sys.stdin).get("root")
if not isinstance(root, list):
    fail("root must be a level-order list")
if root and root[0] is None:
    fail("a non-empty tree must start with a value")
if root and root[-1] is None:
    fail("trailing nulls must be dropped")
# Each value is a node; each node owns the next two slots. Count nodes and check slots fit.
nodes, slots = 0, 1
for i, v in enumerate(root):
    if i >= slots:
        fail("entry %d has no parent" % i)
    if v is not None:
        if not isinstance(v, int) or isinstance(v, bool) or not LO <= v <= HI:
            fail("Node.val %r is outside %d..%d" % (v, LO, HI))
        nodes += 1
        slots += 2
if nodes > MAXN:
    fail("the tree has %d nodes, more than %d" % (nodes, MAXN))
