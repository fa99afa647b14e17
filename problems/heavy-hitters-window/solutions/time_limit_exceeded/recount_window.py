class HeavyHitters:

    def __init__(self, window: int):
        self.window = window
        self.events = []  # (time, key) of every event

    def record(self, key: str, time: int) -> None:
        self.events.append((time, key))

    def top(self, k: int, time: int) -> List[str]:
        # Too slow: recounts every event in the window on each query.
        count = Counter(key for e, key in self.events if time - self.window < e <= time)
        ranked = sorted(count.items(), key=lambda p: (-p[1], p[0]))
        return [key for key, _ in ranked[:k]]
