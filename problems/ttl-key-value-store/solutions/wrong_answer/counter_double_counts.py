import heapq


class TTLStore:

    def __init__(self):
        self.values = {}
        self.expiry = []
        self.live = 0

    def _expire(self, timestamp: int) -> None:
        # Bug: every heap entry is treated as a real expiry, so overwritten keys are
        # counted (and uncounted) once per set instead of once per key.
        while self.expiry and self.expiry[0][0] <= timestamp:
            _, key = heapq.heappop(self.expiry)
            self.values.pop(key, None)
            self.live -= 1

    def set(self, key: str, value: int, ttl: int, timestamp: int) -> None:
        self._expire(timestamp)
        self.values[key] = value
        self.live += 1
        heapq.heappush(self.expiry, (timestamp + ttl, key))

    def get(self, key: str, timestamp: int) -> int:
        self._expire(timestamp)
        return self.values.get(key, -1)

    def countLive(self, timestamp: int) -> int:
        self._expire(timestamp)
        return self.live
