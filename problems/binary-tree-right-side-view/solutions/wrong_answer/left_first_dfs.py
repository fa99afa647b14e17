class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # Visits left before right, so it records the leftmost node of each level.
        view = []

        def dfs(node, depth):
            if not node:
                return
            if depth == len(view):
                view.append(node.val)
            dfs(node.left, depth + 1)
            dfs(node.right, depth + 1)

        dfs(root, 0)
        return view
