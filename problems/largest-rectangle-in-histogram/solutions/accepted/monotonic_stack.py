class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Stack of indices with increasing heights. When a lower bar arrives, each taller bar on
        # the stack has found its right limit; its left limit is the bar below it on the stack.
        stack = []
        best = 0
        for i, h in enumerate(heights + [0]):
            while stack and heights[stack[-1]] >= h:
                height = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, height * (i - left))
            stack.append(i)
        return best
