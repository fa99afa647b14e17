class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        # match[i][j]: p[j:] matches s[i:]. Filled from the ends of both strings.
        n, m = len(s), len(p)
        match = [[False] * (m + 1) for _ in range(n + 1)]
        match[n][m] = True
        for i in range(n, -1, -1):
            for j in range(m - 1, -1, -1):
                first = i < n and p[j] in (s[i], ".")
                if j + 1 < m and p[j + 1] == "*":
                    match[i][j] = match[i][j + 2] or (first and match[i + 1][j])
                else:
                    match[i][j] = first and match[i + 1][j + 1]
        return match[0][0]
