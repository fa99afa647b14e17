# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, x):
#         self.val = x
#         self.left = None
#         self.right = None

class Solution:
    def inorderSuccessor(self, root: 'TreeNode', p: 'TreeNode') -> 'Optional[TreeNode]':
        best = None
        node = root
        while node:
            if node.val > p.val:
                best = node
                node = node.left
            else:
                node = node.right
        return best
