class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # best[i][j] = LCS of text1[:i] and text2[:j], kept one row at a time.
        prev = [0] * (len(text2) + 1)
        for ch in text1:
            cur = [0]
            left = 0
            for j, c2 in enumerate(text2):
                if ch == c2:
                    left = prev[j] + 1
                else:
                    up = prev[j + 1]
                    if up > left:
                        left = up
                cur.append(left)
            prev = cur
        return prev[-1]
