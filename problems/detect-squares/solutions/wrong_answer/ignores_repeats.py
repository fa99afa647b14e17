class DetectSquares:
    # Bug: keeps a set of points, so a point added twice counts once.

    def __init__(self):
        self.points = set()

    def add(self, point: List[int]) -> None:
        self.points.add(tuple(point))

    def count(self, point: List[int]) -> int:
        x, y = point
        total = 0
        for px, py in self.points:
            if px != x and abs(px - x) == abs(py - y):
                if (x, py) in self.points and (px, y) in self.points:
                    total += 1
        return total
