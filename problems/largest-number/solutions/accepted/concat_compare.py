class Solution:
    def largestNumber(self, nums: List[int]) -> str:
        # a goes before b exactly when a + b > b + a as strings.
        strs = [str(x) for x in nums]
        strs.sort(key=functools.cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
        result = "".join(strs)
        return "0" if result[0] == "0" else result
