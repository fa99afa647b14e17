class RateLimiter:

    def __init__(self, capacity: int, refillRate: int):
        self.capacity = capacity
        self.rate = refillRate
        self.buckets = {}

    def allow(self, clientId: str, timestamp: int) -> bool:
        # Bug: only whole seconds of refill are credited, and the leftover milliseconds are
        # thrown away because the clock is reset on every request.
        state = self.buckets.get(clientId)
        if state is None:
            tokens = self.capacity
        else:
            tokens, last = state
            tokens = min(self.capacity, tokens + (timestamp - last) // 1000 * self.rate)
        allowed = tokens >= 1
        if allowed:
            tokens -= 1
        self.buckets[clientId] = (tokens, timestamp)
        return allowed
