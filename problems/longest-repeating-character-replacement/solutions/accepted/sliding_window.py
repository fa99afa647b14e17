class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        count = collections.Counter()
        best_freq = 0   # highest count of one letter seen in any window so far
        left = 0
        for right, c in enumerate(s):
            count[c] += 1
            best_freq = max(best_freq, count[c])
            # The window never shrinks: it only slides when it needs more than k changes.
            if right - left + 1 - best_freq > k:
                count[s[left]] -= 1
                left += 1
        return len(s) - left
