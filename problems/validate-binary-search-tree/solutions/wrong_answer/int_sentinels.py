class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Bug: uses the 32-bit extremes as "no bound", so a node holding one of them is rejected.
        def ok(node, low, high):
            if node is None:
                return True
            if not (low < node.val < high):
                return False
            return ok(node.left, low, node.val) and ok(node.right, node.val, high)
        return ok(root, -2**31, 2**31 - 1)
