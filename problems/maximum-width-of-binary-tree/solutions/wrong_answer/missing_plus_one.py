class Solution:
    def widthOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Takes the difference of the end positions and forgets to count both ends.
        best, level = 1, [(root, 0)]
        while level:
            best = max(best, level[-1][1] - level[0][1])
            level = [(c, 2 * p + s) for n, p in level for s, c in ((0, n.left), (1, n.right)) if c]
        return best
