class CoalescingCache:

    def __init__(self, latency: int, ttl: int):
        self.latency, self.ttl = latency, ttl
        self.entries = {}  # key -> [completion time, invalidated]
        self.fetches = self.coalesced = self.hits = 0

    def get(self, key: str, time: int) -> int:
        e = self.entries.get(key)
        if e and time < e[0]:
            self.coalesced += 1
            return e[0]
        if e and time < e[0] + self.ttl and not e[1]:
            self.hits += 1
            return time
        self.fetches += 1
        self.entries[key] = [time + self.latency, False]
        return time + self.latency

    def invalidate(self, key: str, time: int) -> bool:
        e = self.entries.get(key)
        if e and e[0] <= time < e[0] + self.ttl and not e[1]:
            e[1] = True
            return True
        return False

    def inFlight(self, time: int) -> int:
        # Looks at every key ever fetched.
        return sum(1 for c, _ in self.entries.values() if c > time)

    def stats(self) -> List[int]:
        return [self.fetches, self.coalesced, self.hits]
