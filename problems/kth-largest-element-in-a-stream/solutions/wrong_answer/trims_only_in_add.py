class KthLargest:
    # Bug: the constructor keeps every initial score; add trims one at a time, so the heap stays
    # too big and its top is not the k-th largest.

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = nums[:]
        heapq.heapify(self.heap)

    def add(self, val: int) -> int:
        heapq.heappush(self.heap, val)
        if len(self.heap) > self.k:
            heapq.heappop(self.heap)
        return self.heap[0]
