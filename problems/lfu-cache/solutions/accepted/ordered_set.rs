use std::collections::{BTreeSet, HashMap};

// Each entry is ranked by (use count, time of last use): the smallest rank is evicted first.
struct LFUCache {
    capacity: usize,
    clock: u64,
    entries: HashMap<i32, (i32, u32, u64)>, // key -> (value, count, last use)
    order: BTreeSet<(u32, u64, i32)>,
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl LFUCache {

    fn new(capacity: i32) -> Self {
        LFUCache { capacity: capacity as usize, clock: 0, entries: HashMap::new(), order: BTreeSet::new() }
    }

    fn touch(&mut self, key: i32) -> i32 {
        self.clock += 1;
        let e = self.entries.get_mut(&key).unwrap();
        self.order.remove(&(e.1, e.2, key));
        e.1 += 1;
        e.2 = self.clock;
        self.order.insert((e.1, e.2, key));
        e.0
    }

    fn get(&mut self, key: i32) -> i32 {
        if self.entries.contains_key(&key) { self.touch(key) } else { -1 }
    }

    fn put(&mut self, key: i32, value: i32) {
        if self.capacity == 0 {
            return;
        }
        if self.entries.contains_key(&key) {
            self.entries.get_mut(&key).unwrap().0 = value;
            self.touch(key);
            return;
        }
        if self.entries.len() == self.capacity {
            let victim = *self.order.iter().next().unwrap();
            self.order.remove(&victim);
            self.entries.remove(&victim.2);
        }
        self.clock += 1;
        self.entries.insert(key, (value, 1, self.clock));
        self.order.insert((1, self.clock, key));
    }
}

/**
 * Your LFUCache object will be instantiated and called as such:
 * let obj = LFUCache::new(capacity);
 * let ret_1: i32 = obj.get(key);
 * obj.put(key, value);
 */
