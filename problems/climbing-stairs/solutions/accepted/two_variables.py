class Solution:
    def climbStairs(self, n: int) -> int:
        # ways(k) = ways(k - 1) + ways(k - 2): the last move is one step or two steps.
        prev, cur = 1, 1  # ways(0), ways(1)
        for _ in range(n - 1):
            prev, cur = cur, prev + cur
        return cur
