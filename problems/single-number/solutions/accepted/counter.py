class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for value, count in collections.Counter(nums).items():
            if count == 1:
                return value
