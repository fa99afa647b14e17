class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        # O(n^2): count the paths starting at each node.
        def from_here(node, remaining):
            if not node:
                return 0
            remaining -= node.val
            return (remaining == 0) + from_here(node.left, remaining) + from_here(node.right, remaining)

        if not root:
            return 0
        return from_here(root, targetSum) + self.pathSum(root.left, targetSum) + self.pathSum(root.right, targetSum)
