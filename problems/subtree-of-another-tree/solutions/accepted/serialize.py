class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def encode(node):
            out, stack = [], [node]
            while stack:
                n = stack.pop()
                if n is None:
                    out.append(",#")
                else:
                    out.append("," + str(n.val))
                    stack.append(n.right)
                    stack.append(n.left)
            return "".join(out)

        return encode(subRoot) in encode(root)
