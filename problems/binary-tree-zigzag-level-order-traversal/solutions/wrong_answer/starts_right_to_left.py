class Solution:
    def zigzagLevelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Reverses the even levels instead of the odd ones.
        result = []
        level = [root] if root else []
        while level:
            vals = [node.val for node in level]
            result.append(vals[::-1] if len(result) % 2 == 0 else vals)
            level = [c for node in level for c in (node.left, node.right) if c]
        return result
