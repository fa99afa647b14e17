class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Pre-order walk, appending each value to the list of its depth.
        result = []
        stack = [(root, 0)] if root else []
        while stack:
            node, depth = stack.pop()
            if depth == len(result):
                result.append([])
            result[depth].append(node.val)
            if node.right:
                stack.append((node.right, depth + 1))
            if node.left:
                stack.append((node.left, depth + 1))
        return result
