class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Every start, every end, with running letter counts: O(n^2).
        best = 0
        n = len(s)
        for i in range(n):
            count = [0] * 26
            top = 0
            for j in range(i, n):
                c = ord(s[j]) - 65
                count[c] += 1
                if count[c] > top:
                    top = count[c]
                if j - i + 1 - top <= k and j - i + 1 > best:
                    best = j - i + 1
        return best
