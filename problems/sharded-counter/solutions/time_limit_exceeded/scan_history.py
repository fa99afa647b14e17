class ShardedCounter:

    def __init__(self, numShards: int, compactEvery: int):
        self.every = compactEvery
        self.log = []   # [time, key, shard, delta, flushed]

    def increment(self, key: str, shard: int, delta: int, time: int) -> None:
        self.log.append([time, key, shard, delta, False])

    def _compacted(self, entry, time):
        boundary = time // self.every * self.every
        return entry[4] or entry[0] < boundary

    def read(self, key: str, shard: int, time: int) -> int:
        # Scan the whole history on every read.
        total = 0
        for e in self.log:
            if e[1] == key and (e[2] == shard or self._compacted(e, time)):
                total += e[3]
        return total

    def readCompacted(self, key: str, time: int) -> int:
        return sum(e[3] for e in self.log if e[1] == key and self._compacted(e, time))

    def flush(self, shard: int, time: int) -> int:
        keys = set()
        for e in self.log:
            if e[2] == shard and not self._compacted(e, time):
                e[4] = True
                keys.add(e[1])
        return len(keys)
