class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Only considers paths whose highest node is the root.
        def gain(node):
            if not node:
                return 0
            return node.val + max(0, gain(node.left), gain(node.right))

        return root.val + max(0, gain(root.left)) + max(0, gain(root.right))
