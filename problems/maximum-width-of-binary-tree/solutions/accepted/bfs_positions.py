class Solution:
    def widthOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        best = 0
        level = [(root, 0)]
        while level:
            best = max(best, level[-1][1] - level[0][1] + 1)
            base = level[0][1]  # renumber from 0 on each level to keep the numbers small
            nxt = []
            for node, pos in level:
                pos -= base
                if node.left:
                    nxt.append((node.left, 2 * pos))
                if node.right:
                    nxt.append((node.right, 2 * pos + 1))
            level = nxt
        return best
