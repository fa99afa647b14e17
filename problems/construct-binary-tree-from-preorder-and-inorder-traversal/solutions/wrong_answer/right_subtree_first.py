class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Builds the right subtree before the left one while consuming preorder from the front.
        pos = {v: i for i, v in enumerate(inorder)}
        nxt = 0

        def build(lo, hi):
            nonlocal nxt
            if lo > hi or nxt >= len(preorder):
                return None
            val = preorder[nxt]
            nxt += 1
            node = TreeNode(val)
            mid = pos[val]
            node.right = build(mid + 1, hi)
            node.left = build(lo, mid - 1)
            return node

        return build(0, len(inorder) - 1)
