class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # Bug: a min-heap of size k on the plain distance throws away the closest points and
        # keeps the k farthest.
        heap = []
        for x, y in points:
            heapq.heappush(heap, (x * x + y * y, x, y))
            if len(heap) > k:
                heapq.heappop(heap)
        return [[x, y] for _, x, y in heap]
