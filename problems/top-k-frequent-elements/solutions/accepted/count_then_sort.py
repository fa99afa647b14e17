class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        by_count = sorted(counts, key=counts.get, reverse=True)
        return by_count[:k]
