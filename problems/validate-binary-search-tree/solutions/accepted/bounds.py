# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # Each node must lie strictly inside the open interval its ancestors allow.
        def ok(node, low, high):
            if node is None:
                return True
            if not (low < node.val < high):
                return False
            return ok(node.left, low, node.val) and ok(node.right, node.val, high)
        return ok(root, float("-inf"), float("inf"))
