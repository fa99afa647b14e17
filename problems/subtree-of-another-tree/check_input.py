"""Input validator for subtree-of-another-tree: exits 0 if valid, else 1 with a reason."""
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
if set(args) != {"root", "subRoot"}:
    fail("expected the arguments root and subRoot")
for name, most in (("root", 2000), ("subRoot", 1000)):
    try:
        vals, _, _ = parse_tree(args[name])
    except ValueError as e:
        fail("%s: %s" % (name, e))
    if not 1 <= len(vals) <= most:
        fail("%s must have 1..%d nodes, has %d" % (name, most, len(vals)))
    if any(type(v) is not int or not -10**4 <= v <= 10**4 for v in vals):
        fail("%s: values must be integers in -10^4..10^4" % name)
