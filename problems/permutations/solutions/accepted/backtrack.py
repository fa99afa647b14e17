class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        result = []
        row = []
        used = [False] * len(nums)
        def place():
            if len(row) == len(nums):
                result.append(row[:])
                return
            for i, x in enumerate(nums):
                if not used[i]:
                    used[i] = True
                    row.append(x)
                    place()
                    row.pop()
                    used[i] = False
        place()
        return result
