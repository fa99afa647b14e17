class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m = len(s1)
        if m > len(s2):
            return False
        need = [0] * 26
        have = [0] * 26
        for c in s1:
            need[ord(c) - 97] += 1
        for i, c in enumerate(s2):
            have[ord(c) - 97] += 1
            if i >= m:
                have[ord(s2[i - m]) - 97] -= 1
            if have == need:
                return True
        return False
