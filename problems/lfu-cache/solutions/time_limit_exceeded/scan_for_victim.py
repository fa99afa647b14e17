class LFUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.freq = {}
        self.last = {}
        self.clock = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.clock += 1
        self.freq[key] += 1
        self.last[key] = self.clock
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        self.clock += 1
        if key in self.values:
            self.values[key] = value
            self.freq[key] += 1
            self.last[key] = self.clock
            return
        if len(self.values) == self.capacity:
            # Correct, but scans every entry to find the victim: O(capacity) per eviction.
            old = min(self.values, key=lambda k: (self.freq[k], self.last[k]))
            del self.values[old], self.freq[old], self.last[old]
        self.values[key] = value
        self.freq[key] = 1
        self.last[key] = self.clock
