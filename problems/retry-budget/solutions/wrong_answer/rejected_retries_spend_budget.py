class RetryBudget:

    def __init__(self, window: int, percent: int, minPerSecond: int):
        self.window = window
        self.percent = percent
        self.reserve = 100 * minPerSecond * window  # the minimum, in hundredths of a retry
        self.requests = deque()  # times of requests in the window, oldest first
        self.retries = deque()   # times of allowed retries in the window
        self.rejected = deque()  # times of rejected retries in the window

    def _expire(self, time: int) -> None:
        # The window is (time - window, time]: events at time - window or earlier have left.
        for q in (self.requests, self.retries, self.rejected):
            while q and q[0] <= time - self.window:
                q.popleft()

    def request(self, time: int) -> None:
        self._expire(time)
        self.requests.append(time)

    def retry(self, time: int) -> bool:
        self._expire(time)
        # Bug: rejected attempts are counted as spent budget too.
        spent = len(self.retries) + len(self.rejected)
        if (spent + 1) * 100 <= self.percent * len(self.requests) + self.reserve:
            self.retries.append(time)
            return True
        self.rejected.append(time)
        return False

    def counts(self, time: int) -> List[int]:
        self._expire(time)
        return [len(self.requests), len(self.retries), len(self.rejected)]
