use std::collections::HashMap;

struct SizedTTLCache {
    capacity: i64,
    entries: HashMap<String, (i32, i64, i64, u64)>, // key -> (value, size, expires, last_used)
    clock: u64,
}

impl SizedTTLCache {
    fn new(capacity: i32) -> Self {
        SizedTTLCache { capacity: capacity as i64, entries: HashMap::new(), clock: 0 }
    }

    fn used(&self) -> i64 {
        self.entries.values().map(|e| e.1).sum()
    }

    fn put(&mut self, key: String, value: i32, size: i32, ttl: i32, timestamp: i32) -> i32 {
        let (size, now) = (size as i64, timestamp as i64);
        if size > self.capacity {
            return -1;
        }
        self.entries.retain(|_, e| e.2 > now);
        self.entries.remove(&key);
        let mut evicted = 0;
        while self.used() + size > self.capacity {
            let victim = self.entries.iter().min_by_key(|(_, e)| e.3).map(|(k, _)| k.clone()).unwrap();
            self.entries.remove(&victim);
            evicted += 1;
        }
        self.clock += 1;
        self.entries.insert(key, (value, size, now + ttl as i64, self.clock));
        evicted
    }

    fn get(&mut self, key: String, timestamp: i32) -> i32 {
        let now = timestamp as i64;
        self.entries.retain(|_, e| e.2 > now);
        self.clock += 1;
        let clock = self.clock;
        match self.entries.get_mut(&key) {
            None => -1,
            Some(e) => {
                e.3 = clock;
                e.0
            }
        }
    }

    fn used_size(&mut self, timestamp: i32) -> i32 {
        let now = timestamp as i64;
        self.entries.retain(|_, e| e.2 > now);
        self.used() as i32
    }
}
