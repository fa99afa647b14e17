class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # For each target letter, the longest window with at most k other letters.
        best = 0
        for target in set(s):
            others = 0
            left = 0
            for right, c in enumerate(s):
                if c != target:
                    others += 1
                while others > k:
                    if s[left] != target:
                        others -= 1
                    left += 1
                best = max(best, right - left + 1)
        return best
