class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # Bug: never pops the bars left on the stack at the end, so rectangles reaching the last
        # bar (e.g. in a rising histogram) are not counted.
        stack = []
        best = 0
        for i, h in enumerate(heights):
            while stack and heights[stack[-1]] >= h:
                height = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, height * (i - left))
            stack.append(i)
        return best
