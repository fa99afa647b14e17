class Solution:
    def countBits(self, n: int) -> List[int]:
        # Bug: range(n) leaves out n itself.
        ans = [0] * max(n, 1)
        for i in range(1, n):
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
