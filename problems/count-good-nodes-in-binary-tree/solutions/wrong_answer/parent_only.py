class Solution:
    def goodNodes(self, root: TreeNode) -> int:
        # Compares each node with its parent instead of the largest value on the way down.
        count = 1
        stack = [root]
        while stack:
            node = stack.pop()
            for child in (node.left, node.right):
                if child:
                    if child.val >= node.val:
                        count += 1
                    stack.append(child)
        return count
