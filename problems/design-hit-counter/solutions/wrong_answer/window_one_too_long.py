class HitCounter:
    # Bug: keeps hits from exactly 300 seconds ago, a window of 301 seconds.

    def __init__(self):
        self.hits = collections.deque()

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        while self.hits and self.hits[0] < timestamp - 300:
            self.hits.popleft()
        return len(self.hits)
