class SizedTTLCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = {}  # key -> [value, size, expires, last_used]
        self.clock = 0

    def _drop_expired(self, now):
        for key in [k for k, e in self.entries.items() if e[2] <= now]:
            del self.entries[key]

    def put(self, key: str, value: int, size: int, ttl: int, timestamp: int) -> int:
        if size > self.capacity:
            return -1
        self._drop_expired(timestamp)
        self.entries.pop(key, None)
        evicted = 0
        while sum(e[1] for e in self.entries.values()) + size > self.capacity:
            victim = min(self.entries, key=lambda k: self.entries[k][3])
            del self.entries[victim]
            evicted += 1
        self.clock += 1
        self.entries[key] = [value, size, timestamp + ttl, self.clock]
        return evicted

    def get(self, key: str, timestamp: int) -> int:
        self._drop_expired(timestamp)
        e = self.entries.get(key)
        if e is None:
            return -1
        self.clock += 1
        e[3] = self.clock
        return e[0]

    def usedSize(self, timestamp: int) -> int:
        self._drop_expired(timestamp)
        return sum(e[1] for e in self.entries.values())
