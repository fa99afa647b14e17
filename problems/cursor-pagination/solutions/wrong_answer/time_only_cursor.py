from bisect import bisect_left, insort


class Feed:

    def __init__(self):
        self.keys = []
        self.created = {}

    def addItem(self, createdAt: int, id: int) -> None:
        self.created[id] = createdAt
        insort(self.keys, (createdAt, id))

    def removeItem(self, id: int) -> None:
        c = self.created.pop(id, None)
        if c is not None:
            del self.keys[bisect_left(self.keys, (c, id))]

    def getPage(self, cursor: str, pageSize: int) -> List[str]:
        if cursor:
            # Bug: only the time is compared, so the rest of a group of items created at the
            # cursor's time is skipped (a gap).
            c = int(cursor.split(":")[0])
            end = bisect_left(self.keys, (c,))
        else:
            end = len(self.keys)
        return [f"{c}:{i}" for c, i in reversed(self.keys[max(0, end - pageSize):end])]
