class HitCounter:
    # Bug: old hits are dropped only when a new hit arrives, so getHits after a quiet period
    # still counts them.

    def __init__(self):
        self.hits = collections.deque()

    def hit(self, timestamp: int) -> None:
        while self.hits and self.hits[0] <= timestamp - 300:
            self.hits.popleft()
        self.hits.append(timestamp)

    def getHits(self, timestamp: int) -> int:
        return len(self.hits)
