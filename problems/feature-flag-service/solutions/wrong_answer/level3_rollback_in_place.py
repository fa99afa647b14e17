# Level 3 mistake: a rollback restores the value but creates no version and returns the old number.
class FlagService:
    """Per flag: its versions' values, its current value (None: deleted or never set) and its
    rollout (value, percent) if any."""

    def __init__(self):
        self.versions = {}  # name -> [value of version 1, version 2, ...]
        self.current = {}   # name -> value, for flags that exist
        self.rollout = {}   # name -> (value, percent)

    def _write(self, name, value):
        self.versions.setdefault(name, []).append(value)
        self.current[name] = value
        self.rollout.pop(name, None)
        return len(self.versions[name])

    # Level 1
    def setFlag(self, timestamp: int, name: str, value: str) -> int:
        return self._write(name, value)

    def getFlag(self, timestamp: int, name: str) -> Optional[str]:
        return self.current.get(name)

    def deleteFlag(self, timestamp: int, name: str) -> bool:
        if name not in self.current:
            return False
        del self.current[name]
        self.rollout.pop(name, None)
        return True

    # Level 2
    def listFlags(self, timestamp: int, prefix: str) -> List[str]:
        return ["%s=%s" % (n, self.current[n]) for n in sorted(self.current) if n.startswith(prefix)]

    # Level 3
    def getVersion(self, timestamp: int, name: str, version: int) -> Optional[str]:
        values = self.versions.get(name, [])
        return values[version - 1] if 1 <= version <= len(values) else None

    def rollback(self, timestamp: int, name: str, version: int) -> Optional[int]:
        value = self.getVersion(timestamp, name, version)
        if value is None:
            return None
        self.current[name] = value  # restores the value without a new version
        self.rollout.pop(name, None)
        return version

    # Level 4
    def setRollout(self, timestamp: int, name: str, value: str, percent: int) -> bool:
        if name not in self.current:
            return False
        self.rollout[name] = (value, percent)
        return True

    def evaluate(self, timestamp: int, name: str, userId: str) -> Optional[str]:
        if name not in self.current:
            return None
        if name in self.rollout:
            value, percent = self.rollout[name]
            bucket = sum((i + 1) * ord(c) for i, c in enumerate(userId)) % 100
            if bucket < percent:
                return value
        return self.current[name]
