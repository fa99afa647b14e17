class RetryBudget:

    def __init__(self, window: int, percent: int, minPerSecond: int):
        self.window = window
        self.percent = percent
        self.minimum = minPerSecond
        self.events = []  # (time, kind) of every event: 0 request, 1 allowed retry, 2 rejected

    def counts(self, time: int) -> List[int]:
        # Too slow: recounts every event ever recorded.
        c = [0, 0, 0]
        for e, kind in self.events:
            if time - self.window < e <= time:
                c[kind] += 1
        return c

    def request(self, time: int) -> None:
        self.events.append((time, 0))

    def retry(self, time: int) -> bool:
        requests, retries, _ = self.counts(time)
        ok = (retries + 1) * 100 <= self.percent * requests + 100 * self.minimum * self.window
        self.events.append((time, 1 if ok else 2))
        return ok
