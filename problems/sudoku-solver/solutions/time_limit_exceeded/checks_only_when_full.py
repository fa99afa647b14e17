class Solution:
    def solveSudoku(self, board: List[List[str]]) -> None:
        # Tries digits in every empty cell and checks the rules only once the board is full:
        # up to 9^(empty cells) boards.
        empty = [(r, c) for r in range(9) for c in range(9) if board[r][c] == "."]

        def valid():
            for i in range(9):
                row = board[i]
                col = [board[r][i] for r in range(9)]
                box = [board[i // 3 * 3 + k // 3][i % 3 * 3 + k % 3] for k in range(9)]
                if len(set(row)) != 9 or len(set(col)) != 9 or len(set(box)) != 9:
                    return False
            return True

        def fill(k):
            if k == len(empty):
                return valid()
            r, c = empty[k]
            for ch in "123456789":
                board[r][c] = ch
                if fill(k + 1):
                    return True
            board[r][c] = "."
            return False

        fill(0)
