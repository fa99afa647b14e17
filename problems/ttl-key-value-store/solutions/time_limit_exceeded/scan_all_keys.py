class TTLStore:

    def __init__(self):
        self.entries = {}  # key -> (value, expires_at); expired keys are never removed

    def set(self, key: str, value: int, ttl: int, timestamp: int) -> None:
        self.entries[key] = (value, timestamp + ttl)

    def get(self, key: str, timestamp: int) -> int:
        entry = self.entries.get(key)
        if entry is None or entry[1] <= timestamp:
            return -1
        return entry[0]

    def countLive(self, timestamp: int) -> int:
        # Correct but linear in the number of keys ever stored, for every count.
        count = 0
        for value, expires_at in self.entries.values():
            if expires_at > timestamp:
                count += 1
        return count
