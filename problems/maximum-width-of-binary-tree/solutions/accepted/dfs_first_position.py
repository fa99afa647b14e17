class Solution:
    def widthOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        first = {}

        def dfs(node, depth, pos):
            if not node:
                return 0
            first.setdefault(depth, pos)
            here = pos - first[depth] + 1
            return max(here, dfs(node.left, depth + 1, 2 * pos), dfs(node.right, depth + 1, 2 * pos + 1))

        return dfs(root, 0, 0)
