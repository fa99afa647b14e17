TTL = 86400  # 24 hours in seconds


class IdempotencyStore:

    def __init__(self):
        self.records = {}                  # key -> [hash, created_at, response or None]
        self.expiry = collections.deque()  # (created_at + TTL, key) in creation order
        self.in_progress = 0

    def _expire(self, now: int) -> None:
        # Records are created at non-decreasing times, so they expire in creation order.
        while self.expiry and self.expiry[0][0] <= now:
            at, key = self.expiry.popleft()
            rec = self.records.get(key)
            if rec is not None and rec[1] + TTL == at:
                del self.records[key]

    def process(self, key: str, requestHash: str, timestamp: int) -> str:
        self._expire(timestamp)
        rec = self.records.get(key)
        if rec is None:
            self.records[key] = [requestHash, timestamp, None]
            self.expiry.append((timestamp + TTL, key))
            self.in_progress += 1
            return "PROCESS"
        if rec[0] != requestHash:
            return "CONFLICT"
        return "IN_PROGRESS" if rec[2] is None else rec[2]

    def complete(self, key: str, response: str, timestamp: int) -> bool:
        self._expire(timestamp)
        rec = self.records.get(key)
        if rec is None or rec[2] is not None:
            return False
        rec[2] = response
        self.in_progress -= 1
        return True

    def release(self, key: str, timestamp: int) -> bool:
        self._expire(timestamp)
        rec = self.records.get(key)
        if rec is None or rec[2] is not None:
            return False
        del self.records[key]
        self.in_progress -= 1
        return True

    def countInProgress(self, timestamp: int) -> int:
        self._expire(timestamp)
        return self.in_progress
