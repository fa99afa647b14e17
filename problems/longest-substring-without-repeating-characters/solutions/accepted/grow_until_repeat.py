class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # From every start, extend until a character repeats. A repeat comes within 96 steps
        # (there are only 95 printable characters), so this is O(n * 95).
        best = 0
        for i in range(len(s)):
            seen = set()
            for c in s[i:i + 96]:
                if c in seen:
                    break
                seen.add(c)
            best = max(best, len(seen))
        return best
