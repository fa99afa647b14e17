class DetectSquares:
    # Bug: never checks that the sides are equal, so rectangles are counted too.

    def __init__(self):
        self.copies = collections.Counter()

    def add(self, point: List[int]) -> None:
        self.copies[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for (px, py), k in self.copies.items():
            if px != x and py != y:
                total += k * self.copies[(x, py)] * self.copies[(px, y)]
        return total
