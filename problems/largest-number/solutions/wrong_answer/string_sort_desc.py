class Solution:
    def largestNumber(self, nums: List[int]) -> str:
        # Bug: sorts the strings in plain reverse lexicographic order, which puts "30" before
        # "3" (giving 303 instead of 330).
        result = "".join(sorted(map(str, nums), reverse=True))
        return "0" if result[0] == "0" else result
