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
    ttls: HashMap<String, i32>,
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
            ttls: HashMap::new(),
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
        self.ttls.insert(key.clone(), ttl);
        self.recency.insert(stamp, key.clone());
        self.expiry.push(Reverse((now + ttl as i64, seq, key.clone())));
        self.entries.insert(key, Entry { value, size, stamp, seq });
        self.used += size;
        evicted
    }

    fn get(&mut self, key: String, timestamp: i32) -> i32 {
        // A hit is treated as a fresh write: it is moved to the front and its time to live
        // starts again.
        self.expire(timestamp as i64);
        match self.entries.get(&key) {
            None => -1,
            Some(e) => {
                let (value, size, ttl) = (e.value, e.size as i32, self.ttls[&key]);
                self.put(key, value, size, ttl, timestamp);
                value
            }
        }
    }

    fn used_size(&mut self, timestamp: i32) -> i32 {
        self.expire(timestamp as i64);
        self.used as i32
    }
}
