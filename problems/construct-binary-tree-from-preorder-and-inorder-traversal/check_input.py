"""Input validator for construct-binary-tree-from-preorder-and-inorder-traversal.

Checks sizes, value range, distinct values, and that the two lists really are the preorder and
inorder traversals of one tree (by building it and walking it again). Exits 0 if valid, else 1.
"""
import json
import sys


def fail(why):
    print(why)
    sys.exit(1)


args = json.load(sys.stdin)
if set(args) != {"preorder", "inorder"}:
    fail("expected the arguments preorder and inorder")
pre, ino = args["preorder"], args["inorder"]
if not isinstance(pre, list) or not isinstance(ino, list):
    fail("both arguments must be lists")
if not 1 <= len(pre) <= 3000:
    fail("preorder must have 1..3000 values")
if len(ino) != len(pre):
    fail("inorder must be as long as preorder")
for v in pre + ino:
    if type(v) is not int or not -3000 <= v <= 3000:
        fail("values must be integers in -3000..3000")
if len(set(pre)) != len(pre):
    fail("values must be distinct")
if set(pre) != set(ino):
    fail("both lists must hold the same values")
# Build the tree preorder/inorder describe (stack method), then traverse it again.
n = len(pre)
left, right = {}, {}
stack, j = [pre[0]], 0
for v in pre[1:]:
    parent = None
    while stack and j < n and stack[-1] == ino[j]:
        parent = stack.pop()
        j += 1
    if parent is not None:
        right[parent] = v
    elif stack:
        left[stack[-1]] = v
    else:
        fail("not the traversals of one tree")
    stack.append(v)
got_pre, st = [], [pre[0]]
while st:
    v = st.pop()
    got_pre.append(v)
    for c in (right.get(v), left.get(v)):
        if c is not None:
            st.append(c)
got_in, st, cur = [], [], pre[0]
while st or cur is not None:
    while cur is not None:
        st.append(cur)
        cur = left.get(cur)
    cur = st.pop()
    got_in.append(cur)
    cur = right.get(cur)
if got_pre != pre or got_in != ino:
    fail("not the preorder and inorder traversals of one tree")
