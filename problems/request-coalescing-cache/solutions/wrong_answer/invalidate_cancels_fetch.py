class CoalescingCache:

    def __init__(self, latency: int, ttl: int):
        self.latency = latency
        self.ttl = ttl
        self.done_at = {}      # key -> completion time of its latest fetch
        self.dropped = set()   # keys whose completed entry was invalidated
        self.pending = deque() # completion times of fetches, in start order (= completion order)
        self.fetches = self.coalesced = self.hits = 0

    def get(self, key: str, time: int) -> int:
        c = self.done_at.get(key)
        if c is not None and time < c:
            self.coalesced += 1
            return c
        if c is not None and time < c + self.ttl and key not in self.dropped:
            self.hits += 1
            return time
        self.fetches += 1
        self.done_at[key] = time + self.latency
        self.dropped.discard(key)
        self.pending.append(time + self.latency)
        return time + self.latency

    def invalidate(self, key: str, time: int) -> bool:
        c = self.done_at.get(key)
        if c is not None and time < c:
            # Bug: invalidating a key whose fetch is still running forgets the fetch, so the
            # next get starts another one instead of joining it.
            del self.done_at[key]
            return False
        if c is None or not c <= time < c + self.ttl or key in self.dropped:
            return False
        self.dropped.add(key)
        return True

    def inFlight(self, time: int) -> int:
        while self.pending and self.pending[0] <= time:
            self.pending.popleft()
        return len(self.pending)

    def stats(self) -> List[int]:
        return [self.fetches, self.coalesced, self.hits]
