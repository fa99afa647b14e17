class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Counts a node only if it is strictly larger than everything above it (ties are good).
        def dfs(node, best):
            if not node:
                return 0
            good = 1 if node.val > best else 0
            return good + dfs(node.left, max(best, node.val)) + dfs(node.right, max(best, node.val))

        return 1 + dfs(root.left, root.val) + dfs(root.right, root.val)
