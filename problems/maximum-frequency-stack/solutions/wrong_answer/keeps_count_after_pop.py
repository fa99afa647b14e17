class FreqStack:
    # Bug: pop never lowers the value's count, so a value pushed again after a pop is filed
    # under a frequency it does not have.

    def __init__(self):
        self.freq = collections.Counter()
        self.group = collections.defaultdict(list)
        self.top = 0

    def push(self, val: int) -> None:
        self.freq[val] += 1
        f = self.freq[val]
        self.group[f].append(val)
        self.top = max(self.top, f)

    def pop(self) -> int:
        while not self.group[self.top]:
            self.top -= 1
        return self.group[self.top].pop()
