class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Always extends into a child, even when the child's best path is negative.
        best = root.val

        def gain(node):
            nonlocal best
            if not node:
                return 0
            l = gain(node.left)
            r = gain(node.right)
            best = max(best, node.val + l + r, node.val + l, node.val + r, node.val)
            if node.left and node.right:
                return node.val + max(l, r)
            return node.val + l + r
        gain(root)
        return best
