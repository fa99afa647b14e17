class Solution:
    def climbStairs(self, n: int) -> int:
        # Bug: starts from ways(1) = 1, ways(2) = 1 (as if a two-step move from the ground were
        # not allowed), so every answer is one Fibonacci number too small for n >= 2.
        a, b = 1, 1
        for _ in range(n - 2):
            a, b = b, a + b
        return b if n >= 2 else 1
