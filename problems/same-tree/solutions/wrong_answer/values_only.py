class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Bug: checks the shape but forgets to compare the values.
        if p is None or q is None:
            return p is q
        return self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
