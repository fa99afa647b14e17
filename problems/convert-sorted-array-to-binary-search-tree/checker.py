"""Checker for convert-sorted-array-to-binary-search-tree: python3 checker.py INPUT EXPECTED ACTUAL.

Any height-balanced binary search tree holding exactly the values of nums is accepted. The
actual answer is the tree in level order (null for a missing child). Since a binary search
tree's inorder walk is sorted, the tree holds exactly nums, in BST order, if and only if its
inorder walk equals nums. Exit 0 accepts, 1 rejects with a reason.
"""
import json
import sys


def reject(why):
    print(why)
    sys.exit(1)


nums = json.load(open(sys.argv[1]))["nums"]
data = json.load(open(sys.argv[3]))
if not isinstance(data, list) or not data or data[0] is None:
    reject("expected a non-empty tree, got %s" % json.dumps(data)[:80])
if any(v is not None and type(v) is not int for v in data):
    reject("the tree holds something that is not an integer")
# Rebuild the tree from level order.
vals, left, right = [data[0]], [-1], [-1]
queue, head, i = [0], 0, 1
while i < len(data):
    if head >= len(queue):
        reject("the level-order list has more entries than the tree has child slots")
    p = queue[head]
    head += 1
    for side in (left, right):
        if i < len(data):
            if data[i] is not None:
                vals.append(data[i])
                left.append(-1)
                right.append(-1)
                side[p] = len(vals) - 1
                queue.append(len(vals) - 1)
            i += 1
# Inorder walk must give nums exactly.
order, stack, node = [], [], 0
while stack or node >= 0:
    while node >= 0:
        stack.append(node)
        node = left[node]
    node = stack.pop()
    order.append(vals[node])
    node = right[node]
if order != nums:
    if sorted(order) != order:
        reject("not a binary search tree: the inorder walk is not sorted")
    reject("the tree holds %d values, not exactly the %d values of nums" % (len(order), len(nums)))
# Heights, children before parents (reverse BFS order), and the balance rule at every node.
height = [0] * len(vals)
for v in reversed(queue):
    hl = height[left[v]] if left[v] >= 0 else 0
    hr = height[right[v]] if right[v] >= 0 else 0
    if abs(hl - hr) > 1:
        reject("not height-balanced: node %d has subtrees of heights %d and %d" % (vals[v], hl, hr))
    height[v] = 1 + max(hl, hr)
sys.exit(0)
