class ConditionalTable:

    def __init__(self):
        self.items = {}    # (pk, sk) -> (value, tag)
        self.parts = {}    # pk -> sorted list of the partition's sort keys
        self.index = {}    # tag -> sorted list of (value, pk, sk)

    def _unindex(self, pk: str, sk: int) -> None:
        value, tag = self.items[(pk, sk)]
        if tag:
            entries = self.index[tag]
            del entries[bisect.bisect_left(entries, (value, pk, sk))]

    def put(self, pk: str, sk: int, value: int, tag: str, condition: str, expected: int) -> bool:
        old = self.items.get((pk, sk))
        if condition == "absent" and old is not None:
            return False
        if condition == "equals" and (old is None or old[0] != expected):
            return False
        if old is None:
            bisect.insort(self.parts.setdefault(pk, []), sk)
        else:
            self._unindex(pk, sk)
        self.items[(pk, sk)] = (value, tag)
        if tag:
            bisect.insort(self.index.setdefault(tag, []), (value, pk, sk))
        return True

    def delete(self, pk: str, sk: int) -> bool:
        if (pk, sk) not in self.items:
            return False
        self._unindex(pk, sk)
        del self.items[(pk, sk)]
        sks = self.parts[pk]
        del sks[bisect.bisect_left(sks, sk)]
        return True

    def get(self, pk: str, sk: int) -> int:
        item = self.items.get((pk, sk))
        return -1 if item is None else item[0]

    def query(self, pk: str, lo: int, hi: int, limit: int) -> List[int]:
        sks = self.parts.get(pk, [])
        start = bisect.bisect_left(sks, lo)
        end = min(bisect.bisect_left(sks, hi), start + limit)
        return [self.items[(pk, sk)][0] for sk in sks[start:end]]

    def queryIndex(self, tag: str, limit: int) -> List[str]:
        return ["%s:%d" % (pk, sk) for _, pk, sk in self.index.get(tag, [])[:limit]]
