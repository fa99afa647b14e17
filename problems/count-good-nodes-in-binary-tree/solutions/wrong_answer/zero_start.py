class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Starts the running maximum at 0, so negative values are never counted as good.
        count = 0
        stack = [(root, 0)]
        while stack:
            node, best = stack.pop()
            if node.val >= best:
                count += 1
            best = max(best, node.val)
            for child in (node.left, node.right):
                if child:
                    stack.append((child, best))
        return count
