class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Bug: accepts values equal to an ancestor.
        def ok(node, low, high):
            if node is None:
                return True
            if not (low <= node.val <= high):
                return False
            return ok(node.left, low, node.val) and ok(node.right, node.val, high)
        return ok(root, float("-inf"), float("inf"))
