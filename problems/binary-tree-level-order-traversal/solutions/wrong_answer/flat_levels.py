class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Bug: groups by depth-first discovery, counting depth only along left edges.
        result = []
        def walk(node, depth):
            if not node:
                return
            if depth == len(result):
                result.append([])
            result[depth].append(node.val)
            walk(node.left, depth + 1)
            walk(node.right, depth)
        walk(root, 0)
        return result
