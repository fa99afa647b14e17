# Only compares each queen with the queen of the row just above it, so longer diagonals slip by.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        placed = []
        res = []

        def backtrack(r):
            if r == n:
                res.append(["." * c + "Q" + "." * (n - c - 1) for c in placed])
                return
            for c in range(n):
                if c in placed:
                    continue
                if placed and abs(placed[-1] - c) == 1:
                    continue
                placed.append(c)
                backtrack(r + 1)
                placed.pop()

        backtrack(0)
        return res
