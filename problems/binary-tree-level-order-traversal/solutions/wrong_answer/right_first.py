class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Bug: queues the right child before the left one, so each level comes out mirrored.
        result = []
        level = [root] if root else []
        while level:
            result.append([node.val for node in level])
            level = [child for node in level for child in (node.right, node.left) if child]
        return result
