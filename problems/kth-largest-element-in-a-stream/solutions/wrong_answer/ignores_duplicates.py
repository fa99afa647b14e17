class KthLargest:
    # Bug: keeps distinct scores only, so repeated scores count once.

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.scores = sorted(set(nums))

    def add(self, val: int) -> int:
        i = bisect.bisect_left(self.scores, val)
        if i == len(self.scores) or self.scores[i] != val:
            self.scores.insert(i, val)
        return self.scores[max(0, len(self.scores) - self.k)]
