"""Input validator for balanced-binary-tree: exits 0 if valid, else 1 with a reason."""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


def parse_tree(data):
    """Checks a level-order encoding; returns (vals, left, right) with root 0, or raises ValueError."""
    if not isinstance(data, list):
        raise ValueError("a tree must be a list")
    if not data:
        return [], [], []
    if data[0] is None:
        raise ValueError("the root cannot be null")
    if data[-1] is None:
        raise ValueError("trailing nulls must be dropped")
    vals, left, right = [data[0]], [-1], [-1]
    queue, head, i = [0], 0, 1
    while i < len(data):
        if head >= len(queue):
            raise ValueError("more entries than the tree has child slots")
        p = queue[head]
        head += 1
        for side in (left, right):
            if i >= len(data):
                break
            if data[i] is not None:
                vals.append(data[i])
                left.append(-1)
                right.append(-1)
                side[p] = len(vals) - 1
                queue.append(len(vals) - 1)
            i += 1
    return vals, left, right


args = json.load(sys.stdin)
if set(args) != {"root"}:
    fail("expected the argument root")
try:
    vals, _, _ = parse_tree(args["root"])
except ValueError as e:
    fail("root: %s" % e)
if len(vals) > 5000:
    fail("the tree must have 0..5000 nodes, has %d" % len(vals))
if any(type(v) is not int or not -10**4 <= v <= 10**4 for v in vals):
    fail("values must be integers in -10^4..10^4")
