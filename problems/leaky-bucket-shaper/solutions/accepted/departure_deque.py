class LeakyBucketShaper:

    def __init__(self, capacity: int, rate: int):
        self.capacity = capacity
        self.rate = rate
        self.departures = deque()  # departure ticks of the requests in the bucket, in order

    def _leak(self, time: int) -> int:
        # Requests that departed before this tick have left the bucket.
        while self.departures and self.departures[0] < time:
            self.departures.popleft()
        return len(self.departures)

    def arrive(self, time: int) -> int:
        n = self._leak(time)
        if n >= self.capacity:
            return -1
        # The n requests still inside fill the ticks from `time` on, `rate` per tick, in order.
        departure = time + n // self.rate
        self.departures.append(departure)
        return departure

    def pending(self, time: int) -> int:
        return self._leak(time)
