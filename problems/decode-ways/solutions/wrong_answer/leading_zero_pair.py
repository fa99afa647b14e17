class Solution:
    def numDecodings(self, s: str) -> int:
        # Bug: takes any two digits up to 26 as a code, including "01".."09".
        two_back, one_back = 0, 1
        for i in range(1, len(s) + 1):
            cur = one_back if s[i - 1] != "0" else 0
            if i >= 2 and int(s[i - 2:i]) <= 26:
                cur += two_back
            two_back, one_back = one_back, cur
        return one_back
