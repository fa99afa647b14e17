class MinStack:

    def __init__(self):
        self.items = []
        self.smallest = None

    def push(self, val: int) -> None:
        self.items.append(val)
        if self.smallest is None or val < self.smallest:
            self.smallest = val

    def pop(self) -> None:
        # Bug: the minimum is never recomputed, so popping the smallest element leaves a stale
        # minimum behind.
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.smallest
