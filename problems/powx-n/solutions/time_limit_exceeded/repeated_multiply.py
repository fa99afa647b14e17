class Solution:
    def myPow(self, x: float, n: int) -> float:
        # Multiplies |n| times: O(|n|), about two billion steps for the largest n.
        if n < 0:
            x, n = 1 / x, -n
        result = 1.0
        for _ in range(n):
            result *= x
        return result
