class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # Pad with 1 at both ends. best[l][r]: most coins from the balloons strictly between l
        # and r. Choose k, the last of them to burst: its neighbours are then l and r.
        vals = [1] + nums + [1]
        n = len(vals)
        best = [[0] * n for _ in range(n)]
        for length in range(2, n):
            for left in range(n - length):
                right = left + length
                edge = vals[left] * vals[right]
                row = best[left]
                top = 0
                for k in range(left + 1, right):
                    c = row[k] + best[k][right] + edge * vals[k]
                    if c > top:
                        top = c
                row[right] = top
        return best[0][n - 1]
