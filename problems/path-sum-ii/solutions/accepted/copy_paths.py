class Solution:
    def pathSum(self, root: Optional[TreeNode], targetSum: int) -> List[List[int]]:
        # Carries a fresh copy of the path down the tree (iterative, no recursion).
        result = []
        stack = [(root, [root.val], root.val)] if root else []
        while stack:
            node, path, total = stack.pop()
            if not node.left and not node.right:
                if total == targetSum:
                    result.append(path)
                continue
            for child in (node.right, node.left):
                if child:
                    stack.append((child, path + [child.val], total + child.val))
        return result
