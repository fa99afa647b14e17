class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # Bug: updates the row left to right, so one letter of s can fill several positions of t.
        ways = [1] + [0] * len(t)
        for c in s:
            for j in range(1, len(t) + 1):
                if t[j - 1] == c:
                    ways[j] += ways[j - 1]
        return ways[-1]
