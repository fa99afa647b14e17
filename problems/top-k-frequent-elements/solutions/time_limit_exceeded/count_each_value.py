class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Counts every distinct value with its own pass over nums: O(n * distinct).
        counts = {v: nums.count(v) for v in set(nums)}
        return sorted(counts, key=counts.get, reverse=True)[:k]
