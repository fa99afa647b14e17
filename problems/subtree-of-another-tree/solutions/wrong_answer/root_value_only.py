class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Compares only at the first node whose value equals subRoot's, never trying the others.
        def same(a, b):
            if not a or not b:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        def find(node):
            if not node:
                return None
            if node.val == subRoot.val:
                return node
            return find(node.left) or find(node.right)

        return same(find(root), subRoot)
