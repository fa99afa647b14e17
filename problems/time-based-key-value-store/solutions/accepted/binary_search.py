import bisect


class TimeMap:

    def __init__(self):
        # key -> (timestamps, values), both in increasing time order.
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        times, values = self.history.setdefault(key, ([], []))
        times.append(timestamp)
        values.append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.history:
            return ""
        times, values = self.history[key]
        # Number of sets at or before `timestamp`; the last of them holds the answer.
        i = bisect.bisect_right(times, timestamp)
        return values[i - 1] if i else ""


# Your TimeMap object will be instantiated and called as such:
# obj = TimeMap()
# obj.set(key,value,timestamp)
# param_2 = obj.get(key,timestamp)
