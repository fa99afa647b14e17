class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Divide and conquer: the best block is in the left half, the right half, or crosses
        # the middle. O(n log n).
        def best(lo: int, hi: int) -> int:
            if lo == hi:
                return nums[lo]
            mid = (lo + hi) // 2
            s, left = 0, nums[mid]
            for i in range(mid, lo - 1, -1):
                s += nums[i]
                if s > left:
                    left = s
            s, right = 0, nums[mid + 1]
            for i in range(mid + 1, hi + 1):
                s += nums[i]
                if s > right:
                    right = s
            return max(best(lo, mid), best(mid + 1, hi), left + right)

        return best(0, len(nums) - 1)
