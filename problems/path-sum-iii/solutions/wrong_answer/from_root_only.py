class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        # Only counts paths that start at the root.
        def from_here(node, remaining):
            if not node:
                return 0
            remaining -= node.val
            return (remaining == 0) + from_here(node.left, remaining) + from_here(node.right, remaining)

        return from_here(root, targetSum)
