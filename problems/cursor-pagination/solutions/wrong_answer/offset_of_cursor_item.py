class Feed:

    def __init__(self):
        self.items = {}  # id -> createdAt

    def addItem(self, createdAt: int, id: int) -> None:
        self.items[id] = createdAt

    def removeItem(self, id: int) -> None:
        self.items.pop(id, None)

    def getPage(self, cursor: str, pageSize: int) -> List[str]:
        feed = sorted(((c, i) for i, c in self.items.items()), reverse=True)
        start = 0
        if cursor:
            c, i = map(int, cursor.split(":"))
            # Bug: looks the cursor item up in the feed; when it is gone, starts from the top.
            for k, key in enumerate(feed):
                if key == (c, i):
                    start = k + 1
                    break
        return [f"{c}:{i}" for c, i in feed[start:start + pageSize]]
