class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Recomputes subtree depths from scratch at every node: O(n * height).
        def depth(node):
            return 1 + max(depth(node.left), depth(node.right)) if node else 0

        if not root:
            return 0
        through = depth(root.left) + depth(root.right)
        return max(through, self.diameterOfBinaryTree(root.left), self.diameterOfBinaryTree(root.right))
