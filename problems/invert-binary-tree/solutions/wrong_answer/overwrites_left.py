class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is None:
            return None
        # Bug: the second line reads root.left after the first has already replaced it, so the
        # old left subtree is lost and the mirrored right subtree ends up on both sides.
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
