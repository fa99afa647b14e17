class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Every left end, extending right while tracking the minimum: O(n^2).
        best = 0
        n = len(heights)
        for i in range(n):
            low = heights[i]
            for j in range(i, n):
                if heights[j] < low:
                    low = heights[j]
                if low * (j - i + 1) > best:
                    best = low * (j - i + 1)
        return best
