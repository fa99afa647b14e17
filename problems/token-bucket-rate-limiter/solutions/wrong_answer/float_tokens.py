class RateLimiter:

    def __init__(self, capacity: int, refillRate: int):
        self.capacity = capacity
        self.per_ms = refillRate / 1000
        self.buckets = {}

    def allow(self, clientId: str, timestamp: int) -> bool:
        # Bug: floating-point tokens drift, so a token "completes" a hair too late or too early.
        state = self.buckets.get(clientId)
        if state is None:
            tokens = float(self.capacity)
        else:
            tokens, last = state
            tokens = min(self.capacity, tokens + (timestamp - last) * self.per_ms)
        allowed = tokens >= 1
        if allowed:
            tokens -= 1
        self.buckets[clientId] = (tokens, timestamp)
        return allowed
