class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        seen = collections.Counter({0: 1})  # prefix sums on the way from the root

        def dfs(node, total):
            if not node:
                return 0
            total += node.val
            count = seen[total - targetSum]
            seen[total] += 1
            count += dfs(node.left, total) + dfs(node.right, total)
            seen[total] -= 1
            return count

        return dfs(root, 0)
