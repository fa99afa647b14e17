class IdempotencyStore:

    def __init__(self):
        self.records = {}  # key -> [hash, created_at, response or None]

    def _live(self, key, now):
        rec = self.records.get(key)
        return rec if rec is not None and now < rec[1] + 86400 else None

    def process(self, key: str, requestHash: str, timestamp: int) -> str:
        rec = self._live(key, timestamp)
        if rec is None:
            self.records[key] = [requestHash, timestamp, None]
            return "PROCESS"
        if rec[0] != requestHash:
            return "CONFLICT"
        return "IN_PROGRESS" if rec[2] is None else rec[2]

    def complete(self, key: str, response: str, timestamp: int) -> bool:
        rec = self._live(key, timestamp)
        if rec is None or rec[2] is not None:
            return False
        rec[2] = response
        return True

    def release(self, key: str, timestamp: int) -> bool:
        rec = self._live(key, timestamp)
        if rec is None or rec[2] is not None:
            return False
        del self.records[key]
        return True

    def countInProgress(self, timestamp: int) -> int:
        return sum(1 for rec in self.records.values()
                   if rec[2] is None and timestamp < rec[1] + 86400)
