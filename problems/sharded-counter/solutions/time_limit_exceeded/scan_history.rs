use std::collections::HashSet;

struct ShardedCounter {
    every: i32,
    log: Vec<(i32, String, i32, i64, bool)>, // time, key, shard, delta, flushed
}

impl ShardedCounter {

    fn new(_num_shards: i32, compact_every: i32) -> Self {
        ShardedCounter { every: compact_every, log: Vec::new() }
    }

    fn compacted(&self, e: &(i32, String, i32, i64, bool), time: i32) -> bool {
        e.4 || e.0 < time / self.every * self.every
    }

    fn increment(&mut self, key: String, shard: i32, delta: i32, time: i32) {
        self.log.push((time, key, shard, delta as i64, false));
    }

    // Scans the whole history on every read.
    fn read(&mut self, key: String, shard: i32, time: i32) -> i64 {
        self.log.iter().filter(|e| e.1 == key && (e.2 == shard || self.compacted(e, time))).map(|e| e.3).sum()
    }

    fn read_compacted(&mut self, key: String, time: i32) -> i64 {
        self.log.iter().filter(|e| e.1 == key && self.compacted(e, time)).map(|e| e.3).sum()
    }

    fn flush(&mut self, shard: i32, time: i32) -> i32 {
        let boundary = time / self.every * self.every;
        let mut keys = HashSet::new();
        for e in self.log.iter_mut() {
            if e.2 == shard && !e.4 && e.0 >= boundary {
                e.4 = true;
                keys.insert(e.1.clone());
            }
        }
        keys.len() as i32
    }
}
