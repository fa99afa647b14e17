class SizedTTLCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.used = 0                             # total size of the live entries
        self.entries = collections.OrderedDict()  # key -> (value, size, expires, seq); LRU first
        self.expiry = []                          # min-heap of (expires, seq, key)
        self.seq = 0

    def _expire(self, now: int) -> None:
        while self.expiry and self.expiry[0][0] <= now:
            _, seq, key = heapq.heappop(self.expiry)
            entry = self.entries.get(key)
            if entry is not None and entry[3] == seq:  # not replaced or evicted since
                del self.entries[key]
                self.used -= entry[1]

    def _remove(self, key: str) -> None:
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.used -= entry[1]

    def put(self, key: str, value: int, size: int, ttl: int, timestamp: int) -> int:
        if size > self.capacity:
            return -1
        self._expire(timestamp)
        self._remove(key)
        evicted = 0
        while self.used + size > self.capacity:
            _, (_, old_size, _, _) = self.entries.popitem(last=False)
            self.used -= old_size
            evicted += 1
        self.seq += 1
        self.entries[key] = (value, size, timestamp + ttl, self.seq)
        self.used += size
        heapq.heappush(self.expiry, (timestamp + ttl, self.seq, key))
        return evicted

    def get(self, key: str, timestamp: int) -> int:
        self._expire(timestamp)
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self.entries.move_to_end(key)  # recency changes, the expiry time does not
        return entry[0]

    def usedSize(self, timestamp: int) -> int:
        self._expire(timestamp)
        return self.used
