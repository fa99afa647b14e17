class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        # Pair off different values; the majority cannot be cancelled completely.
        candidate, count = None, 0
        for x in nums:
            if count == 0:
                candidate = x
            count += 1 if x == candidate else -1
        return candidate
