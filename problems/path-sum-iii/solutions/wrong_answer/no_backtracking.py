class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> int:
        # Never removes a prefix sum when leaving a node, so sums from the left branch are
        # still counted while exploring the right branch.
        seen = collections.Counter({0: 1})

        def dfs(node, total):
            if not node:
                return 0
            total += node.val
            count = seen[total - targetSum]
            seen[total] += 1
            return count + dfs(node.left, total) + dfs(node.right, total)

        return dfs(root, 0)
