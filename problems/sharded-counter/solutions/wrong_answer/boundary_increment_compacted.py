class ShardedCounter:

    def __init__(self, numShards: int, compactEvery: int):
        self.every = compactEvery
        self.period = 0                 # time // compactEvery of the latest call
        self.compacted = defaultdict(int)
        self.pending = [{} for _ in range(numShards)]   # shard -> key -> unmerged sum
        self.dirty = set()              # shards with pending increments

    def _merge(self, shard):
        pending = self.pending[shard]
        for key, delta in pending.items():
            self.compacted[key] += delta
        count = len(pending)
        pending.clear()
        return count

    def _advance(self, time):
        # A compaction ran at every multiple of compactEvery in (last call, time].
        period = time // self.every
        if period != self.period:
            for shard in self.dirty:
                self._merge(shard)
            self.dirty.clear()
            self.period = period

    def increment(self, key: str, shard: int, delta: int, time: int) -> None:
        self._advance(time)
        # Treats an increment made exactly at a multiple of compactEvery as merged by the
        # compaction at that time.
        if time % self.every == 0 and time > 0:
            self.compacted[key] += delta
            return
        pending = self.pending[shard]
        pending[key] = pending.get(key, 0) + delta
        self.dirty.add(shard)

    def read(self, key: str, shard: int, time: int) -> int:
        self._advance(time)
        return self.compacted.get(key, 0) + self.pending[shard].get(key, 0)

    def readCompacted(self, key: str, time: int) -> int:
        self._advance(time)
        return self.compacted.get(key, 0)

    def flush(self, shard: int, time: int) -> int:
        self._advance(time)
        self.dirty.discard(shard)
        return self._merge(shard)
