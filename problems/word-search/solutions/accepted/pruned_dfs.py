class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        # Give up at once if the board lacks some letter of the word often enough.
        have = collections.Counter(c for row in board for c in row)
        need = collections.Counter(word)
        if any(have[c] < k for c, k in need.items()):
            return False
        # Start from the rarer end, so fewer starting cells are tried.
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]

        def dfs(i, j, k):
            if board[i][j] != word[k]:
                return False
            if k == len(word) - 1:
                return True
            board[i][j] = "#"          # mark the cell as used on this path
            found = ((i > 0 and dfs(i - 1, j, k + 1)) or
                     (i + 1 < m and dfs(i + 1, j, k + 1)) or
                     (j > 0 and dfs(i, j - 1, k + 1)) or
                     (j + 1 < n and dfs(i, j + 1, k + 1)))
            board[i][j] = word[k]
            return found

        return any(dfs(i, j, 0) for i in range(m) for j in range(n))
