class Solution:
    def zigzagLevelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        result = []
        level = [root] if root else []
        while level:
            vals = [node.val for node in level]
            result.append(vals if len(result) % 2 == 0 else vals[::-1])
            level = [c for node in level for c in (node.left, node.right) if c]
        return result
