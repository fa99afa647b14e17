class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        # Bug: maps each count to a single value, so values sharing a count overwrite each other.
        value_of_count = {c: v for v, c in counts.items()}
        top_counts = sorted(value_of_count, reverse=True)[:k]
        return [value_of_count[c] for c in top_counts]
