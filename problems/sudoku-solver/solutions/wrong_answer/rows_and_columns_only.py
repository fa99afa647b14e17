class Solution:
    def solveSudoku(self, board: List[List[str]]) -> None:
        # Forgets the 3 x 3 boxes: completes a Latin square, not a sudoku.
        def ok(r, c, ch):
            return all(board[r][i] != ch and board[i][c] != ch for i in range(9))

        def solve():
            for r in range(9):
                for c in range(9):
                    if board[r][c] == ".":
                        for ch in "123456789":
                            if ok(r, c, ch):
                                board[r][c] = ch
                                if solve():
                                    return True
                                board[r][c] = "."
                        return False
            return True

        solve()
