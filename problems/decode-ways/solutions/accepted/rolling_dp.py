class Solution:
    def numDecodings(self, s: str) -> int:
        # ways(i) = ways(i-1) if s[i-1] is a code + ways(i-2) if s[i-2:i] is a code.
        two_back, one_back = 0, 1  # ways(i-2), ways(i-1); ways(0) = 1
        for i in range(1, len(s) + 1):
            cur = one_back if s[i - 1] != "0" else 0
            if i >= 2 and (s[i - 2] == "1" or (s[i - 2] == "2" and s[i - 1] <= "6")):
                cur += two_back
            two_back, one_back = one_back, cur
        return one_back
