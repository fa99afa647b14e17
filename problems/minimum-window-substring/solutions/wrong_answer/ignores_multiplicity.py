class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Bug: treats t as a set of characters, so a window with one `o` "covers" t = "oo".
        need = set(t)
        have = collections.Counter()
        formed = 0
        best = ""
        left = 0
        for right, c in enumerate(s):
            have[c] += 1
            if c in need and have[c] == 1:
                formed += 1
            while formed == len(need):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                d = s[left]
                have[d] -= 1
                if d in need and have[d] == 0:
                    formed -= 1
                left += 1
        return best
