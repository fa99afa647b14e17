class Solution:
    def findAnagrams(self, s: str, p: str) -> List[int]:
        # Counts the letters of every window from scratch: O(n * m), too slow in Python for
        # n = 3 * 10^4 and m = 1.5 * 10^4.
        need = collections.Counter(p)
        m = len(p)
        return [i for i in range(len(s) - m + 1) if collections.Counter(s[i:i + m]) == need]
