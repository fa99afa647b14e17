class Solution:
    def widthOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Counts the nodes on each level, ignoring the gaps between them.
        best, level = 0, [root]
        while level:
            best = max(best, len(level))
            level = [c for n in level for c in (n.left, n.right) if c]
        return best
