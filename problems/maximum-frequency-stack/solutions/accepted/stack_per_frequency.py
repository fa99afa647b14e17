class FreqStack:
    # freq[v]: copies of v inside. group[f]: a stack of the values that reached frequency f, in
    # push order. The answer to pop is on top of the group of the highest frequency.

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
        val = self.group[self.top].pop()
        self.freq[val] -= 1
        if not self.group[self.top]:
            self.top -= 1
        return val
