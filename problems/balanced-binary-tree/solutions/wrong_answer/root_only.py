class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Compares the heights of the root's two subtrees only.
        def depth(node):
            return 1 + max(depth(node.left), depth(node.right)) if node else 0

        return not root or abs(depth(root.left) - depth(root.right)) <= 1
