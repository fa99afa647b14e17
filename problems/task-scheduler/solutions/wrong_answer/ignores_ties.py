class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # Bug: assumes a single letter has the top count, so the last frame is one unit long.
        counts = collections.Counter(tasks)
        top = max(counts.values())
        return max(len(tasks), (top - 1) * (n + 1) + 1)
