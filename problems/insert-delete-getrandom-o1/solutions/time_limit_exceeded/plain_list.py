class RandomizedSet:
    def __init__(self):
        self.vals = []

    def insert(self, val: int) -> bool:
        if val in self.vals:
            return False
        self.vals.append(val)
        return True

    def remove(self, val: int) -> bool:
        if val not in self.vals:
            return False
        self.vals.remove(val)
        return True

    def getRandom(self) -> int:
        return random.choice(self.vals)
