class HeavyHitters:

    def __init__(self, window: int):
        self.window = window
        self.count = Counter()

    def record(self, key: str, time: int) -> None:
        self.count[key] += 1

    def top(self, k: int, time: int) -> List[str]:
        # Bug: counts every event ever recorded; nothing ever leaves the window.
        ranked = sorted(self.count.items(), key=lambda p: (-p[1], p[0]))
        return [key for key, _ in ranked[:k]]
