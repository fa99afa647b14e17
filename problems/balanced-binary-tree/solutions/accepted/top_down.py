class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        def depth(node):
            return 1 + max(depth(node.left), depth(node.right)) if node else 0

        if not root:
            return True
        return (abs(depth(root.left) - depth(root.right)) <= 1
                and self.isBalanced(root.left) and self.isBalanced(root.right))
