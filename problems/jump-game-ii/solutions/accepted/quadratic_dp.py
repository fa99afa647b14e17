class Solution:
    def jump(self, nums: List[int]) -> int:
        # fewest[j]: fewest jumps to reach j, relaxed from every i (about n * max(nums) steps).
        n = len(nums)
        fewest = [0] + [n] * (n - 1)
        for i in range(n - 1):
            nxt = fewest[i] + 1
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if nxt < fewest[j]:
                    fewest[j] = nxt
        return fewest[-1]
