class Codec:
    # Writes the pre-order values without marking missing children, then rebuilds by inserting
    # them as into a search tree: only right for binary search trees with distinct values.
    def serialize(self, root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data):
        root = None
        for tok in filter(None, data.split(",")):
            node = TreeNode(int(tok))
            if root is None:
                root = node
                continue
            cur = root
            while True:
                if node.val < cur.val:
                    if cur.left is None:
                        cur.left = node
                        break
                    cur = cur.left
                else:
                    if cur.right is None:
                        cur.right = node
                        break
                    cur = cur.right
        return root
