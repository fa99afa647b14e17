# Checks columns and the top-left to bottom-right diagonals, but not the other diagonals.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        cols, diag = set(), set()
        placed = []
        res = []

        def backtrack(r):
            if r == n:
                res.append(["." * c + "Q" + "." * (n - c - 1) for c in placed])
                return
            for c in range(n):
                if c in cols or r - c in diag:
                    continue
                cols.add(c); diag.add(r - c)
                placed.append(c)
                backtrack(r + 1)
                placed.pop()
                cols.remove(c); diag.remove(r - c)

        backtrack(0)
        return res
