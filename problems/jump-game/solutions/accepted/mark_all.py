class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # Marks every cell reachable from every reachable cell: O(n^2) for long jumps, still fast
        # enough at n = 10^4.
        n = len(nums)
        reachable = [False] * n
        reachable[0] = True
        for i in range(n):
            if reachable[i]:
                for j in range(i + 1, min(n, i + nums[i] + 1)):
                    reachable[j] = True
        return reachable[-1]
