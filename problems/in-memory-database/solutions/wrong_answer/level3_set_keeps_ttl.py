# Level 3 mistake: a plain set or compareAndSet keeps the expiry of the value it replaces.
class InMemoryDB:
    """Records of fields; each field keeps its value and its expiry time (None: never)."""

    def __init__(self):
        self.records = {}  # key -> {field: [value, expires_at or None]}
        self.backups = []  # (timestamp, {key: {field: (value, remaining ttl or None)}})

    def _live(self, timestamp, key, field):
        entry = self.records.get(key, {}).get(field)
        if entry is None or (entry[1] is not None and entry[1] <= timestamp):
            return None
        return entry

    def _live_fields(self, timestamp, key):
        return {
            f: e for f, e in self.records.get(key, {}).items()
            if e[1] is None or e[1] > timestamp
        }

    def _put(self, key, field, value, expires_at):
        old = self.records.get(key, {}).get(field)
        if expires_at is None and old is not None:
            expires_at = old[1]  # a plain write keeps the old expiry
        self.records.setdefault(key, {})[field] = [value, expires_at]

    # Level 1
    def set(self, timestamp: int, key: str, field: str, value: str) -> None:
        self._put(key, field, value, None)

    def get(self, timestamp: int, key: str, field: str) -> Optional[str]:
        entry = self._live(timestamp, key, field)
        return None if entry is None else entry[0]

    def compareAndSet(self, timestamp: int, key: str, field: str, expected: str, newValue: str) -> bool:
        entry = self._live(timestamp, key, field)
        if entry is None or entry[0] != expected:
            return False
        self._put(key, field, newValue, None)
        return True

    def delete(self, timestamp: int, key: str, field: str) -> bool:
        if self._live(timestamp, key, field) is None:
            return False
        del self.records[key][field]
        if not self.records[key]:
            del self.records[key]
        return True

    # Level 2
    def scan(self, timestamp: int, key: str) -> List[str]:
        return self.scanByPrefix(timestamp, key, "")

    def scanByPrefix(self, timestamp: int, key: str, prefix: str) -> List[str]:
        fields = self._live_fields(timestamp, key)
        return ["%s(%s)" % (f, fields[f][0]) for f in sorted(fields) if f.startswith(prefix)]

    # Level 3
    def setWithTtl(self, timestamp: int, key: str, field: str, value: str, ttl: int) -> None:
        self._put(key, field, value, timestamp + ttl)

    def compareAndSetWithTtl(self, timestamp: int, key: str, field: str, expected: str, newValue: str, ttl: int) -> bool:
        entry = self._live(timestamp, key, field)
        if entry is None or entry[0] != expected:
            return False
        self._put(key, field, newValue, timestamp + ttl)
        return True

    # Level 4
    def backup(self, timestamp: int) -> int:
        snapshot = {}
        for key in self.records:
            fields = self._live_fields(timestamp, key)
            if fields:
                snapshot[key] = {
                    f: (v, None if exp is None else exp - timestamp) for f, (v, exp) in fields.items()
                }
        self.backups.append((timestamp, snapshot))
        return len(snapshot)

    def restore(self, timestamp: int, timestampToRestore: int) -> None:
        chosen = None
        for at, snapshot in self.backups:
            if at <= timestampToRestore:
                chosen = snapshot
        self.records = {
            key: {f: [v, None if left is None else timestamp + left] for f, (v, left) in fields.items()}
            for key, fields in chosen.items()
        }
