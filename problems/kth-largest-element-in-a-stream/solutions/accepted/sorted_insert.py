class KthLargest:
    # Keeps every score in a sorted list; the answer is k places from the end.

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.scores = sorted(nums)

    def add(self, val: int) -> int:
        bisect.insort(self.scores, val)
        return self.scores[-self.k]
