class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # Bug: the loop stops while two stones are left and returns the heavier one.
        heap = [-s for s in stones]
        heapq.heapify(heap)
        while len(heap) > 2:
            y = -heapq.heappop(heap)
            x = -heapq.heappop(heap)
            if y != x:
                heapq.heappush(heap, -(y - x))
        return -heap[0] if heap else 0
