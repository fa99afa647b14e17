class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # The most frequent letter needs (top - 1) frames of n + 1 units, plus one unit for each
        # letter that shares the top count. If the other tasks overflow the frames, no idling is
        # needed at all and the answer is just the number of tasks.
        counts = collections.Counter(tasks)
        top = max(counts.values())
        ties = sum(1 for c in counts.values() if c == top)
        return max(len(tasks), (top - 1) * (n + 1) + ties)
