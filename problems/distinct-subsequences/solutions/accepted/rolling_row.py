class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        # ways[j]: ways to spell t[:j] with the part of s read so far. Each new letter of s can
        # extend any spelling of t[:j-1] where t[j-1] equals it; go right to left so the letter
        # is used once.
        ways = [1] + [0] * len(t)
        for c in s:
            for j in range(len(t), 0, -1):
                if t[j - 1] == c:
                    ways[j] += ways[j - 1]
        return ways[-1]
