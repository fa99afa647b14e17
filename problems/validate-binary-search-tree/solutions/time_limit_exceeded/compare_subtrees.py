class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Compares each node with every value of its two subtrees: O(n * height).
        def values(node, out):
            stack = [node] if node else []
            while stack:
                x = stack.pop()
                out.append(x.val)
                if x.left: stack.append(x.left)
                if x.right: stack.append(x.right)
            return out
        stack = [root]
        while stack:
            node = stack.pop()
            if any(v >= node.val for v in values(node.left, [])):
                return False
            if any(v <= node.val for v in values(node.right, [])):
                return False
            if node.left: stack.append(node.left)
            if node.right: stack.append(node.right)
        return True
