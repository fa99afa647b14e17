class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        # Bug: the range stops one window early, so a match ending at the last letter is missed.
        need = collections.Counter(p)
        m = len(p)
        have = collections.Counter(s[:m - 1])
        out = []
        for i in range(len(s) - m):
            have[s[i + m - 1]] += 1
            if have == need:
                out.append(i)
            have[s[i]] -= 1
            if have[s[i]] == 0:
                del have[s[i]]
        return out
