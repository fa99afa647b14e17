class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # Bug: measures |x| + |y| instead of the straight-line distance.
        points.sort(key=lambda p: abs(p[0]) + abs(p[1]))
        return points[:k]
