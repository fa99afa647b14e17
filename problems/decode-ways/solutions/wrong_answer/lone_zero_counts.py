class Solution:
    def numDecodings(self, s: str) -> int:
        # Bug: accepts a lone "0" as a letter code.
        two_back, one_back = 0, 1
        for i in range(1, len(s) + 1):
            cur = one_back
            if i >= 2 and 10 <= int(s[i - 2:i]) <= 26:
                cur += two_back
            two_back, one_back = one_back, cur
        return one_back
