class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Runs a separate backtracking search for every word.
        m, n = len(board), len(board[0])

        def exist(word):
            def dfs(r, c, i):
                if i == len(word):
                    return True
                if not (0 <= r < m and 0 <= c < n) or board[r][c] != word[i]:
                    return False
                board[r][c] = "#"
                ok = dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)
                board[r][c] = word[i]
                return ok

            return any(dfs(r, c, 0) for r in range(m) for c in range(n))

        return [w for w in words if exist(w)]
