class Solution:
    def countBits(self, n: int) -> List[int]:
        # i has one more 1 than i >> 1 exactly when its lowest bit is set.
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
