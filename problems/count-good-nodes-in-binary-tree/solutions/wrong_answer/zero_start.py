class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Starts the running maximum at 0, so negative values are never counted as good.
        def dfs(node, best):
            if not node:
                return 0
            good = 1 if node.val >= best else 0
            best = max(best, node.val)
            return good + dfs(node.left, best) + dfs(node.right, best)

        return dfs(root, 0)
