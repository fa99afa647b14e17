class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Recomputes the best downward path of each child from scratch at every node:
        # O(n * height), quadratic on a path-shaped tree.
        def down(node):
            if not node:
                return 0
            return node.val + max(0, down(node.left), down(node.right))

        best = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
            stack.extend(c for c in (node.left, node.right) if c)
        return best
