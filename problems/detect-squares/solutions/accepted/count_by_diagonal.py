class DetectSquares:
    # Count copies of each point. For a query (x, y), every kept point (px, py) with
    # |px - x| == |py - y| > 0 is a possible opposite corner; the other two corners are
    # (x, py) and (px, y).

    def __init__(self):
        self.copies = collections.Counter()

    def add(self, point: List[int]) -> None:
        self.copies[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for (px, py), k in self.copies.items():
            if px != x and abs(px - x) == abs(py - y):
                total += k * self.copies[(x, py)] * self.copies[(px, y)]
        return total
