class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # Bug: forgets that with many different letters no idling is needed, so the frame formula
        # can fall below the number of tasks.
        counts = collections.Counter(tasks)
        top = max(counts.values())
        ties = sum(1 for c in counts.values() if c == top)
        return (top - 1) * (n + 1) + ties
