class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # O(m + n): merge the two lists, then read the middle.
        merged = []
        i = j = 0
        while i < len(nums1) and j < len(nums2):
            if nums1[i] <= nums2[j]:
                merged.append(nums1[i])
                i += 1
            else:
                merged.append(nums2[j])
                j += 1
        merged += nums1[i:] + nums2[j:]
        k = len(merged)
        if k % 2:
            return float(merged[k // 2])
        return (merged[k // 2 - 1] + merged[k // 2]) / 2
