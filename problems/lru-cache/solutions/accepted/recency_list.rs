use std::collections::HashMap;

// A plain recency list: O(capacity) per call, at most 3000 * 2 * 10^5 steps, fast enough in Rust.
struct LRUCache {
    capacity: usize,
    values: HashMap<i32, i32>,
    order: Vec<i32>, // least recently used first
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, values: HashMap::new(), order: Vec::new() }
    }

    fn touch(&mut self, key: i32) {
        // O(capacity): find the key in the recency list and move it to the end.
        if let Some(p) = self.order.iter().position(|&k| k == key) {
            self.order.remove(p);
        }
        self.order.push(key);
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.values.get(&key).copied() {
            Some(v) => {
                self.touch(key);
                v
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if !self.values.contains_key(&key) && self.values.len() == self.capacity {
            let old = self.order.remove(0);
            self.values.remove(&old);
        }
        self.values.insert(key, value);
        self.touch(key);
    }
}
