class Feed:

    def __init__(self):
        self.items = {}  # id -> createdAt

    def addItem(self, createdAt: int, id: int) -> None:
        self.items[id] = createdAt

    def removeItem(self, id: int) -> None:
        self.items.pop(id, None)

    def getPage(self, cursor: str, pageSize: int) -> List[str]:
        # Correct, but filters and sorts the whole feed for every page.
        if cursor:
            c, i = map(int, cursor.split(":"))
            rest = [(ct, it) for it, ct in self.items.items() if (ct, it) < (c, i)]
        else:
            rest = [(ct, it) for it, ct in self.items.items()]
        rest.sort(reverse=True)
        return [f"{ct}:{it}" for ct, it in rest[:pageSize]]
