class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # For every start, grow the window until it covers t: O(m^2).
        need = collections.Counter(t)
        best = ""
        for i in range(len(s)):
            have = collections.Counter()
            missing = len(t)
            for j in range(i, len(s)):
                c = s[j]
                if have[c] < need[c]:
                    missing -= 1
                have[c] += 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
        return best
