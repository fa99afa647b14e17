class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Bug: compares only the in-order sequence of values, which ignores the shape.
        def walk(node, out):
            if node:
                walk(node.left, out)
                out.append(node.val)
                walk(node.right, out)
            return out
        return walk(p, []) == walk(q, [])
