from bisect import bisect_left, insort


class Feed:

    def __init__(self):
        self.keys = []     # (createdAt, id) in increasing order: the feed is this list reversed
        self.created = {}  # id -> createdAt

    def addItem(self, createdAt: int, id: int) -> None:
        self.created[id] = createdAt
        insort(self.keys, (createdAt, id))

    def removeItem(self, id: int) -> None:
        c = self.created.pop(id, None)
        if c is not None:
            del self.keys[bisect_left(self.keys, (c, id))]

    def getPage(self, cursor: str, pageSize: int) -> List[str]:
        if cursor:
            c, i = cursor.split(":")
            end = bisect_left(self.keys, (int(c), int(i)))  # keys[:end] are < the cursor
        else:
            end = len(self.keys)
        start = max(0, end - pageSize)
        return [f"{c}:{i}" for c, i in reversed(self.keys[start:end])]


# Your Feed object will be instantiated and called as such:
# obj = Feed()
# obj.addItem(createdAt,id)
# obj.removeItem(id)
# param_3 = obj.getPage(cursor,pageSize)
