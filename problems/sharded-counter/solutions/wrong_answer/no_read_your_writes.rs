use std::collections::{HashMap, HashSet};

struct ShardedCounter {
    every: i32,
    period: i32,                          // time / compactEvery of the latest call
    compacted: HashMap<String, i64>,
    pending: Vec<HashMap<String, i64>>,   // per shard: key -> unmerged sum
    dirty: HashSet<usize>,                // shards with pending increments
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl ShardedCounter {

    fn new(num_shards: i32, compact_every: i32) -> Self {
        ShardedCounter {
            every: compact_every,
            period: 0,
            compacted: HashMap::new(),
            pending: vec![HashMap::new(); num_shards as usize],
            dirty: HashSet::new(),
        }
    }

    fn merge(&mut self, shard: usize) -> i32 {
        let pending = std::mem::take(&mut self.pending[shard]);
        let count = pending.len() as i32;
        for (key, delta) in pending {
            *self.compacted.entry(key).or_insert(0) += delta;
        }
        count
    }

    // A compaction ran at every multiple of compactEvery in (last call, time].
    fn advance(&mut self, time: i32) {
        let period = time / self.every;
        if period != self.period {
            let dirty: Vec<usize> = self.dirty.drain().collect();
            for shard in dirty {
                self.merge(shard);
            }
            self.period = period;
        }
    }

    fn increment(&mut self, key: String, shard: i32, delta: i32, time: i32) {
        self.advance(time);
        *self.pending[shard as usize].entry(key).or_insert(0) += delta as i64;
        self.dirty.insert(shard as usize);
    }

    fn read(&mut self, key: String, shard: i32, time: i32) -> i64 {
        self.advance(time);
        // Reads only the compacted value: the shard's own recent writes are not seen.
        let _ = shard;
        self.compacted.get(&key).copied().unwrap_or(0)
    }

    fn read_compacted(&mut self, key: String, time: i32) -> i64 {
        self.advance(time);
        self.compacted.get(&key).copied().unwrap_or(0)
    }

    fn flush(&mut self, shard: i32, time: i32) -> i32 {
        self.advance(time);
        self.dirty.remove(&(shard as usize));
        self.merge(shard as usize)
    }
}

/**
 * Your ShardedCounter object will be instantiated and called as such:
 * let obj = ShardedCounter::new(numShards, compactEvery);
 * obj.increment(key, shard, delta, time);
 * let ret_2: i64 = obj.read(key, shard, time);
 * let ret_3: i64 = obj.read_compacted(key, time);
 * let ret_4: i32 = obj.flush(shard, time);
 */
