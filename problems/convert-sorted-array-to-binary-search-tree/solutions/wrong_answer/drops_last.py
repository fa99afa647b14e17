class Solution:
    def sortedArrayToBST(self, nums: List[int]) -> Optional[TreeNode]:
        # Mixes an exclusive upper bound with an inclusive one and loses elements.
        def build(lo, hi):  # meant as [lo, hi)
            if lo >= hi:
                return None
            mid = (lo + hi) // 2
            return TreeNode(nums[mid], build(lo, mid), build(mid + 1, hi))

        return build(0, len(nums) - 1)
