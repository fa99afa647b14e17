class SizedTTLCache:
    # Expired entries are only noticed when a get touches them, so until then they keep taking
    # space, and eviction removes them in LRU order like live ones (and counts them).

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.used = 0
        self.entries = collections.OrderedDict()  # key -> (value, size, expires)

    def put(self, key: str, value: int, size: int, ttl: int, timestamp: int) -> int:
        if size > self.capacity:
            return -1
        old = self.entries.pop(key, None)
        if old is not None:
            self.used -= old[1]
        evicted = 0
        while self.used + size > self.capacity:
            _, (_, old_size, _) = self.entries.popitem(last=False)
            self.used -= old_size
            evicted += 1
        self.entries[key] = (value, size, timestamp + ttl)
        self.used += size
        return evicted

    def get(self, key: str, timestamp: int) -> int:
        entry = self.entries.get(key)
        if entry is None:
            return -1
        if entry[2] <= timestamp:
            del self.entries[key]
            self.used -= entry[1]
            return -1
        self.entries.move_to_end(key)
        return entry[0]

    def usedSize(self, timestamp: int) -> int:
        return sum(e[1] for e in self.entries.values() if e[2] > timestamp)
