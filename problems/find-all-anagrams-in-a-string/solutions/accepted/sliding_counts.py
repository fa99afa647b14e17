class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        m = len(p)
        if m > len(s):
            return []
        need = [0] * 26
        have = [0] * 26
        for c in p:
            need[ord(c) - 97] += 1
        out = []
        for i, c in enumerate(s):
            have[ord(c) - 97] += 1
            if i >= m:
                have[ord(s[i - m]) - 97] -= 1
            if i >= m - 1 and have == need:
                out.append(i - m + 1)
        return out
