class MinStack:

    def __init__(self):
        self.items = []
        self.mins = []  # the minima so far; a value is pushed here when it is <= the current one

    def push(self, val: int) -> None:
        self.items.append(val)
        if not self.mins or val <= self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        if self.items.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.mins[-1]
