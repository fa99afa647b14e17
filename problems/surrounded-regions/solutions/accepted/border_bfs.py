class Solution:
    def solve(self, board: List[List[str]]) -> None:
        """
        Do not modify the return value, modify board in-place instead.
        """
        m, n = len(board), len(board[0])
        queue = deque()
        for i in range(m):
            for j in range(n):
                if (i in (0, m - 1) or j in (0, n - 1)) and board[i][j] == "O":
                    board[i][j] = "S"
                    queue.append((i, j))
        while queue:
            i, j = queue.popleft()
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and board[a][b] == "O":
                    board[a][b] = "S"
                    queue.append((a, b))
        for row in board:
            for j, c in enumerate(row):
                row[j] = "O" if c == "S" else "X"
