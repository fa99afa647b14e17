class RateLimiter:

    def __init__(self, capacity: int, refillRate: int):
        # Work in thousandths of a token so that the refill is exact.
        self.max_units = capacity * 1000
        self.rate = refillRate  # units per millisecond
        self.buckets = {}  # clientId -> (units, timestamp of the last request)

    def allow(self, clientId: str, timestamp: int) -> bool:
        state = self.buckets.get(clientId)
        if state is None:
            units = self.max_units
        else:
            units, last = state
            units = min(self.max_units, units + (timestamp - last) * self.rate)
        allowed = units >= 1000
        if allowed:
            units -= 1000
        self.buckets[clientId] = (units, timestamp)
        return allowed


# Your RateLimiter object will be instantiated and called as such:
# obj = RateLimiter(capacity, refillRate)
# param_1 = obj.allow(clientId,timestamp)
