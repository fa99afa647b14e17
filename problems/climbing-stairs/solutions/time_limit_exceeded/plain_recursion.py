class Solution:
    def climbStairs(self, n: int) -> int:
        # Recomputes the same subproblems over and over: about 1.8 * 10^9 calls for n = 45.
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
