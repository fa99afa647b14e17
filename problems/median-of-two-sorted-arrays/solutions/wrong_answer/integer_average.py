class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # Bug: averages the two middle values with integer division, losing the .5.
        merged = sorted(nums1 + nums2)
        k = len(merged)
        if k % 2:
            return float(merged[k // 2])
        return float((merged[k // 2 - 1] + merged[k // 2]) // 2)
