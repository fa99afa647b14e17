class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> List[List[int]]:
        # Records a path whenever the sum is reached, even if the node still has children.
        result, path = [], []

        def dfs(node, remaining):
            if not node:
                return
            path.append(node.val)
            remaining -= node.val
            if remaining == 0:
                result.append(path[:])
            dfs(node.left, remaining)
            dfs(node.right, remaining)
            path.pop()

        dfs(root, targetSum)
        return result
