"""Same-tree inputs at LeetCode's largest size: python3 gen.py SEED N MODE.

MODE: equal | value-differs | leaf-moved | path-equal | path-extra-leaf. Prints the JSON of the
arguments, each tree in level order with nulls (trailing nulls dropped).
"""
import copy
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)


def random_tree(n, path):
    """A tree as nested [value, left, right] lists; `path` makes every node have one child."""
    root = [rng.randint(-10**4, 10**4), None, None]
    nodes = [root]
    while len(nodes) < n:
        parent = nodes[-1] if path else rng.choice(nodes)
        side = rng.randint(1, 2)
        if parent[side] is None and (not path or parent[3 - side] is None):
            parent[side] = [rng.randint(-10**4, 10**4), None, None]
            nodes.append(parent[side])
    return root, nodes


def level_order(root):
    out, queue = [], [root]
    for node in queue:
        if node is None:
            out.append(None)
        else:
            out.append(node[0])
            queue += [node[1], node[2]]
    while out and out[-1] is None:
        out.pop()
    return out


path = mode.startswith("path")
size = n - 1 if mode in ("leaf-moved", "path-extra-leaf") else n
p, nodes = random_tree(size, path)
q = copy.deepcopy(p)
q_nodes = []
stack = [q]
while stack:
    node = stack.pop()
    q_nodes.append(node)
    stack += [c for c in node[1:] if c is not None]
if mode == "value-differs":
    node = rng.choice(q_nodes)
    node[0] = node[0] + 1 if node[0] < 10**4 else node[0] - 1
elif mode in ("leaf-moved", "path-extra-leaf"):
    # p gets one more leaf than q has, at a place where q has none.
    free = [(node, side) for node in nodes for side in (1, 2) if node[side] is None]
    node, side = rng.choice(free)
    node[side] = [rng.randint(-10**4, 10**4), None, None]
    if mode == "leaf-moved":
        free_q = [(x, s) for x in q_nodes for s in (1, 2) if x[s] is None]
        x, s = rng.choice(free_q)
        x[s] = [node[side][0], None, None]
print(json.dumps({"p": level_order(p), "q": level_order(q)}))
