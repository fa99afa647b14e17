class MinStack:

    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        self.items.append(val)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        # Walks the whole stack on every call: O(n) per getMin, O(n^2) overall.
        best = self.items[0]
        for x in self.items:
            if x < best:
                best = x
        return best
