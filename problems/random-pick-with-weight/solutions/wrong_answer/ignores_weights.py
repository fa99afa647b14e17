class Solution:

    def __init__(self, w: List[int]):
        self.n = len(w)

    def pickIndex(self) -> int:
        return random.randrange(self.n)
