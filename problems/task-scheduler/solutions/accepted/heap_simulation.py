class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # Simulate frame by frame: in each window of n + 1 units run the most frequent letters.
        heap = [-c for c in collections.Counter(tasks).values()]
        heapq.heapify(heap)
        time = 0
        while heap:
            ran = []
            for _ in range(n + 1):
                if not heap:
                    break
                ran.append(heapq.heappop(heap) + 1)
            for c in ran:
                if c < 0:
                    heapq.heappush(heap, c)
            time += len(ran) if not heap else n + 1
        return time
