class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Only measures the longest path that passes through the root.
        def depth(node):
            return 1 + max(depth(node.left), depth(node.right)) if node else 0

        return depth(root.left) + depth(root.right)
