class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        count = 0
        stack = [(root, root.val)]
        while stack:
            node, best = stack.pop()
            if node.val >= best:
                count += 1
            best = max(best, node.val)
            for child in (node.left, node.right):
                if child:
                    stack.append((child, best))
        return count
