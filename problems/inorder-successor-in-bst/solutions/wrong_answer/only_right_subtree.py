class Solution:
    def inorderSuccessor(self, root: 'TreeNode', p: 'TreeNode') -> 'Optional[TreeNode]':
        # Forgets that a node without a right child has its successor among its ancestors.
        node = p.right
        if not node:
            return None
        while node.left:
            node = node.left
        return node
