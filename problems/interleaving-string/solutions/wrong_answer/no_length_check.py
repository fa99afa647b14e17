class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        # Bug: never checks that s3 has exactly len(s1) + len(s2) letters, so extra letters at
        # the end of s3 go unnoticed.
        n, m = len(s1), len(s2)
        if n + m > len(s3):
            return False
        ok = [[False] * (m + 1) for _ in range(n + 1)]
        ok[0][0] = True
        for i in range(n + 1):
            for j in range(m + 1):
                if i and ok[i - 1][j] and s1[i - 1] == s3[i + j - 1]:
                    ok[i][j] = True
                if j and ok[i][j - 1] and s2[j - 1] == s3[i + j - 1]:
                    ok[i][j] = True
        return ok[n][m]
