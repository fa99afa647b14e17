class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Bug: counts the edges on the longest path instead of the nodes (a single node gives 0).
        if root is None or (root.left is None and root.right is None):
            return 0
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
