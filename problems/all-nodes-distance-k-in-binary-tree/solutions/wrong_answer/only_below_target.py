class Solution:
    def distanceK(self, root: TreeNode, target: TreeNode, k: int) -> List[int]:
        # Looks only into the target's subtree, never up through its parent.
        level = [target]
        for _ in range(k):
            level = [c for n in level for c in (n.left, n.right) if c]
        return [n.val for n in level]
