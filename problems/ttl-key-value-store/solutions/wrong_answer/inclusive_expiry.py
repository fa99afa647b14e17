import heapq


class TTLStore:

    def __init__(self):
        self.entries = {}
        self.expiry = []

    def _expire(self, timestamp: int) -> None:
        # Bug: a key is still treated as live at exactly set_time + ttl.
        while self.expiry and self.expiry[0][0] < timestamp:
            expires_at, key = heapq.heappop(self.expiry)
            entry = self.entries.get(key)
            if entry is not None and entry[1] == expires_at:
                del self.entries[key]

    def set(self, key: str, value: int, ttl: int, timestamp: int) -> None:
        self._expire(timestamp)
        self.entries[key] = (value, timestamp + ttl)
        heapq.heappush(self.expiry, (timestamp + ttl, key))

    def get(self, key: str, timestamp: int) -> int:
        self._expire(timestamp)
        entry = self.entries.get(key)
        return -1 if entry is None else entry[0]

    def countLive(self, timestamp: int) -> int:
        self._expire(timestamp)
        return len(self.entries)
