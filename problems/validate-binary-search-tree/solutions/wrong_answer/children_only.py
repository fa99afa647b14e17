class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Bug: compares each node only with its direct children.
        if root is None:
            return True
        if root.left and root.left.val >= root.val:
            return False
        if root.right and root.right.val <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
