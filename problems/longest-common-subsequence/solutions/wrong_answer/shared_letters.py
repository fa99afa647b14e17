class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Bug: counts the letters the two strings share, ignoring their order.
        count = 0
        for ch in set(text1):
            count += min(text1.count(ch), text2.count(ch))
        return count
