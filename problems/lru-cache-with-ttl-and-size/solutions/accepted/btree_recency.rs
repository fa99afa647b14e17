use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

struct Entry {
    value: i32,
    size: i64,
    stamp: u64, // last use; smaller is less recent
    seq: u64,   // which put made this entry
}

struct SizedTTLCache {
    capacity: i64,
    used: i64,
    entries: HashMap<String, Entry>,
    recency: BTreeMap<u64, String>,                  // stamp -> key, least recent first
    expiry: BinaryHeap<Reverse<(i64, u64, String)>>, // (expires, seq, key)
    clock: u64,
}

impl SizedTTLCache {
    fn new(capacity: i32) -> Self {
        SizedTTLCache {
            capacity: capacity as i64,
            used: 0,
            entries: HashMap::new(),
            recency: BTreeMap::new(),
            expiry: BinaryHeap::new(),
            clock: 0,
        }
    }

    fn remove(&mut self, key: &str) {
        if let Some(e) = self.entries.remove(key) {
            self.recency.remove(&e.stamp);
            self.used -= e.size;
        }
    }

    fn expire(&mut self, now: i64) {
        while let Some(Reverse((at, _, _))) = self.expiry.peek() {
            if *at > now {
                break;
            }
            let Reverse((_, seq, key)) = self.expiry.pop().unwrap();
            if self.entries.get(&key).map_or(false, |e| e.seq == seq) {
                self.remove(&key);
            }
        }
    }

    fn put(&mut self, key: String, value: i32, size: i32, ttl: i32, timestamp: i32) -> i32 {
        let size = size as i64;
        if size > self.capacity {
            return -1;
        }
        let now = timestamp as i64;
        self.expire(now);
        self.remove(&key);
        let mut evicted = 0;
        while self.used + size > self.capacity {
            let (_, victim) = self.recency.pop_first().unwrap();
            let e = self.entries.remove(&victim).unwrap();
            self.used -= e.size;
            evicted += 1;
        }
        self.clock += 1;
        let (stamp, seq) = (self.clock, self.clock);
        self.recency.insert(stamp, key.clone());
        self.expiry.push(Reverse((now + ttl as i64, seq, key.clone())));
        self.entries.insert(key, Entry { value, size, stamp, seq });
        self.used += size;
        evicted
    }

    fn get(&mut self, key: String, timestamp: i32) -> i32 {
        self.expire(timestamp as i64);
        self.clock += 1;
        let clock = self.clock;
        match self.entries.get_mut(&key) {
            None => -1,
            Some(e) => {
                // Recency changes, the expiry time does not.
                let old = std::mem::replace(&mut e.stamp, clock);
                let value = e.value;
                self.recency.remove(&old);
                self.recency.insert(clock, key);
                value
            }
        }
    }

    fn used_size(&mut self, timestamp: i32) -> i32 {
        self.expire(timestamp as i64);
        self.used as i32
    }
}
