class ConditionalTable:

    def __init__(self):
        self.parts = collections.defaultdict(dict)  # pk -> {sk: (value, tag)}

    def put(self, pk: str, sk: int, value: int, tag: str, condition: str, expected: int) -> bool:
        old = self.parts[pk].get(sk)
        if condition == "absent" and old is not None:
            return False
        if condition == "equals" and (old is None or old[0] != expected):
            return False
        self.parts[pk][sk] = (value, tag)
        return True

    def delete(self, pk: str, sk: int) -> bool:
        return self.parts[pk].pop(sk, None) is not None

    def get(self, pk: str, sk: int) -> int:
        item = self.parts[pk].get(sk)
        return -1 if item is None else item[0]

    def query(self, pk: str, lo: int, hi: int, limit: int) -> List[int]:
        part = self.parts[pk]
        return [part[sk][0] for sk in sorted(part) if lo <= sk <= hi][:limit]

    def queryIndex(self, tag: str, limit: int) -> List[str]:
        hits = sorted((v, pk, sk) for pk, part in self.parts.items()
                      for sk, (v, t) in part.items() if t == tag)
        return ["%s:%d" % (pk, sk) for _, pk, sk in hits[:limit]]
