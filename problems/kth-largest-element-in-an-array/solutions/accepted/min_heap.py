import heapq


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Keep the k largest values seen so far in a min-heap; its root is the answer.
        heap = nums[:k]
        heapq.heapify(heap)
        for x in nums[k:]:
            if x > heap[0]:
                heapq.heapreplace(heap, x)
        return heap[0]
