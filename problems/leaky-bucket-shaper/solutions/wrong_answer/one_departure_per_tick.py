class LeakyBucketShaper:

    def __init__(self, capacity: int, rate: int):
        self.capacity = capacity
        self.rate = rate
        self.departures = deque()

    def arrive(self, time: int) -> int:
        n = self.pending(time)
        if n >= self.capacity:
            return -1
        # Bug: schedules each request one tick after the previous one, as if the rate were
        # always 1, so a rate above 1 never lets two requests leave in the same tick.
        departure = time if not self.departures else max(time, self.departures[-1] + 1)
        self.departures.append(departure)
        return departure

    def pending(self, time: int) -> int:
        while self.departures and self.departures[0] < time:
            self.departures.popleft()
        return len(self.departures)
