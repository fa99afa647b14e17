class Solution:
    def widthOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Measures only the deepest level.
        level = [(root, 0)]
        width = 1
        while level:
            width = level[-1][1] - level[0][1] + 1
            level = [(c, 2 * p + s) for n, p in level for s, c in ((0, n.left), (1, n.right)) if c]
        return width
