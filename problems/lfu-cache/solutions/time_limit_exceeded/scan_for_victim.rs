use std::collections::HashMap;

struct LFUCache {
    capacity: usize,
    entries: HashMap<i32, (i32, u32, u64)>, // key -> (value, uses, last use)
    clock: u64,
}

impl LFUCache {
    fn new(capacity: i32) -> Self {
        LFUCache { capacity: capacity as usize, entries: HashMap::new(), clock: 0 }
    }

    fn get(&mut self, key: i32) -> i32 {
        self.clock += 1;
        match self.entries.get_mut(&key) {
            Some(e) => {
                e.1 += 1;
                e.2 = self.clock;
                e.0
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.clock += 1;
        if let Some(e) = self.entries.get_mut(&key) {
            *e = (value, e.1 + 1, self.clock);
            return;
        }
        if self.entries.len() == self.capacity {
            // Correct, but scans every entry to find the victim: O(capacity) per eviction.
            let victim = *self.entries.iter().min_by_key(|(_, e)| (e.1, e.2)).unwrap().0;
            self.entries.remove(&victim);
        }
        self.entries.insert(key, (value, 1, self.clock));
    }
}
