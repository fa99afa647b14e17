"""Input validator for same-tree: exits 0 if both trees are valid, else 1 with a reason."""
import json
import sys


def check(name, tree):
    if tree and tree[0] is None:
        return "%s: the root cannot be null" % name
    if tree and tree[-1] is None:
        return "%s: trailing nulls must be dropped" % name
    nodes = [x for x in tree if x is not None]
    if len(nodes) > 100:
        return "%s: at most 100 nodes, got %d" % (name, len(nodes))
    if any(not -10**4 <= x <= 10**4 for x in nodes):
        return "%s: node values must be in [-10^4, 10^4]" % name
    # Every entry after the root must hang from a non-null entry before it.
    slots = 2 if tree else 0
    for x in tree[1:]:
        if slots == 0:
            return "%s: an entry has no parent" % name
        slots -= 1
        if x is not None:
            slots += 2
    return None


args = json.load(sys.stdin)
for name in ("p", "q"):
    why = check(name, args[name])
    if why:
        print(why)
        sys.exit(1)
