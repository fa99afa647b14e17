class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Decides the direction from p alone and stops only at q: misses the split point.
        node = root
        while node is not p and node is not q:
            node = node.left if p.val < node.val else node.right
        return node
