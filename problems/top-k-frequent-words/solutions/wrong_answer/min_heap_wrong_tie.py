class Solution:
    def topKFrequent(self, words: List[str], k: int) -> List[str]:
        # Bug: a min-heap of (count, word) of size k evicts, among equal counts, the
        # alphabetically smallest word, which is exactly the one that should stay.
        heap = []
        for w, c in collections.Counter(words).items():
            heapq.heappush(heap, (c, w))
            if len(heap) > k:
                heapq.heappop(heap)
        result = []
        while heap:
            result.append(heapq.heappop(heap)[1])
        return result[::-1]
