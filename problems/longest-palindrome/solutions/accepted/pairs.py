class Solution:
    def longestPalindrome(self, s: str) -> int:
        # Every pair of equal letters can go on both sides; one leftover letter can go in the
        # middle.
        counts = collections.Counter(s).values()
        pairs = sum(c // 2 for c in counts)
        has_odd = any(c % 2 for c in counts)
        return 2 * pairs + (1 if has_odd else 0)
