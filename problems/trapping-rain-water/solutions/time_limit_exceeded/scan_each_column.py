class Solution:
    def trap(self, height: List[int]) -> int:
        # For every column, scans both sides for the highest columns: O(n^2).
        n = len(height)
        water = 0
        for i in range(n):
            left_max = 0
            for j in range(i, -1, -1):
                if height[j] > left_max:
                    left_max = height[j]
            right_max = 0
            for j in range(i, n):
                if height[j] > right_max:
                    right_max = height[j]
            water += min(left_max, right_max) - height[i]
        return water
