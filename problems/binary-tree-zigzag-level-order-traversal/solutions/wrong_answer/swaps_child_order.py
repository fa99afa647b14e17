class Solution:
    def zigzagLevelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Flips the order in which children are queued on alternate levels instead of reversing
        # each level's output: only the first two levels come out right.
        result = []
        level = [root] if root else []
        left_first = False
        while level:
            result.append([node.val for node in level])
            nxt = []
            for node in level:
                kids = (node.left, node.right) if left_first else (node.right, node.left)
                nxt.extend(c for c in kids if c)
            level = nxt
            left_first = not left_first
        return result
