class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # heapq is a min-heap: store negated weights to pop the heaviest first.
        heap = [-s for s in stones]
        heapq.heapify(heap)
        while len(heap) > 1:
            y = -heapq.heappop(heap)
            x = -heapq.heappop(heap)
            if y != x:
                heapq.heappush(heap, -(y - x))
        return -heap[0] if heap else 0
