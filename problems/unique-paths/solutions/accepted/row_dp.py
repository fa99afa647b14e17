class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # ways[c] for the current row: each cell is reached from above or from the left.
        ways = [1] * n
        for _ in range(1, m):
            for c in range(1, n):
                ways[c] += ways[c - 1]
        return ways[-1]
