class TimeMap:

    def __init__(self):
        self.history = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history[key].append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        # Walks the key's history backwards: O(sets of the key) per get.
        for t, v in reversed(self.history[key]):
            if t <= timestamp:
                return v
        return ""
